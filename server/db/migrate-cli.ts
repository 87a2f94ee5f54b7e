// `npm run db:migrate`: applies pending migrations to DATABASE_URL (PostgreSQL) or, when it is
// unset, to the SQLite file under DATA_DIR: the same settings the server reads.
import { readSettings } from '../utils/settings'
import { createDatabase } from './index'

async function main() {
  const settings = readSettings()
  const db = await createDatabase({ url: settings.databaseUrl, dataDir: settings.dataDir })
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
