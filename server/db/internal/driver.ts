import type { SQL, SQLWrapper } from 'drizzle-orm'
import type { PgDatabase } from 'drizzle-orm/pg-core'
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js'
import type * as pgSchema from '../schema/pg'

/**
 * Repositories are typed against the PostgreSQL query builder; on SQLite the SQLite builder
 * stands in (see ./sqlite.ts, the only cast). Both accept the same calls for everything the
 * repositories use, and the repository suite runs on both dialects to keep it that way.
 */
export type Db = PgDatabase<PostgresJsQueryResultHKT, typeof pgSchema>
export type Tables = typeof pgSchema
export type Dialect = 'sqlite' | 'pg'

export interface Driver {
  dialect: Dialect
  db: Db
  tables: Tables
  /** All-or-nothing: `fn` sees a handle whose writes commit only if it resolves. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  /** `column` (a JSON array of strings) contains `value`. */
  jsonArrayContains(column: SQLWrapper, value: string): SQL
  /** Rows of a hand-written query, for the few statements the builder cannot express. */
  rows(query: SQL): Promise<Record<string, unknown>[]>
  migrate(): Promise<void>
  ping(): Promise<void>
  close(): Promise<void>
}
