// `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL) or, when it is
// unset, to the SQLite file under WANWU_DATA_DIR (default ./.data).
import { createDatabase } from './index'

async function main() {
  const db = await createDatabase({
    url: process.env.DATABASE_URL,
    dataDir: process.env.WANWU_DATA_DIR ?? '.data',
  })
  try {
    await db.migrate()
    process.stdout.write(`[db] ${db.dialect} migrations applied\n`)
  }
  finally {
    await db.close()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[db] migration failed: ${error instanceof Error ? error.message : error}\n`)
  process.exitCode = 1
})
