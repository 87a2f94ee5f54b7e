import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import { migrate } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import * as schema from '../schema/pg'
import type { Driver } from './driver'

export function openPg(url: string, migrationsFolder: string): Driver {
  const client = postgres(url, { max: 10, onnotice: () => {} })
  const db = drizzle({ client, schema })

  return {
    dialect: 'pg',
    db,
    tables: schema,
    transaction: (fn) => db.transaction((tx) => fn(tx)),
    jsonArrayContains: (column, value) => sql`${column} @> jsonb_build_array(${value}::text)`,
    rows: async (query) => [...await db.execute<Record<string, unknown>>(query)],
    migrate: () => migrate(db, { migrationsFolder }),
    ping: async () => { await client`select 1` },
    close: () => client.end({ timeout: 5 }),
  }
}
