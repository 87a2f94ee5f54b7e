import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import * as schema from '../schema/sqlite'
import { createMutex } from './mutex'
import type { Db, Driver, Tables } from './driver'

export function openSqlite(dataDir: string, migrationsFolder: string): Driver {
  mkdirSync(dataDir, { recursive: true })
  const client = new Sqlite(join(dataDir, 'wanwu.sqlite'))
  client.pragma('journal_mode = WAL')
  client.pragma('foreign_keys = ON')
  client.pragma('busy_timeout = 5000')
  client.pragma('synchronous = NORMAL')
  const sqliteDb = drizzle({ client, schema })
  // The one place where SQLite poses as the PostgreSQL builder type (see ./driver.ts).
  const db = sqliteDb as unknown as Db
  const exclusive = createMutex()
  const sqlDialect = new SQLiteSyncDialect()

  return {
    dialect: 'sqlite',
    db,
    tables: schema as unknown as Tables,
    // better-sqlite3 refuses async transaction callbacks, so the transaction is opened by hand
    // on the single connection. The mutex keeps two repository transactions from nesting.
    // TODO(#2): a plain (non-transactional) query from another request that is already
    // mid-flight can slip in while a transaction awaits, and then joins it. Transaction bodies
    // only await SQLite calls, which settle as microtasks, so no new I/O runs in between.
    transaction: (fn) => exclusive(async () => {
      client.exec('BEGIN IMMEDIATE')
      try {
        const result = await fn(db)
        client.exec('COMMIT')
        return result
      }
      catch (error) {
        // Some errors (a full disk, say) make SQLite roll back on its own.
        if (client.inTransaction) client.exec('ROLLBACK')
        throw error
      }
    }),
    jsonArrayContains: (column, value) =>
      sql`exists (select 1 from json_each(${column}) where json_each.value = ${value})`,
    rows: async (query) => {
      const { sql: text, params } = sqlDialect.sqlToQuery(query)
      const statement = client.prepare(text)
      // better-sqlite3 only lets statements that return rows be read with all().
      if (statement.reader) return statement.all(...params) as Record<string, unknown>[]
      statement.run(...params)
      return []
    },
    migrate: async () => migrate(sqliteDb, { migrationsFolder }),
    ping: async () => { client.prepare('select 1').get() },
    close: async () => { client.close() },
  }
}
