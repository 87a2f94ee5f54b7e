import { getTableColumns } from 'drizzle-orm'
import { nanoid } from 'nanoid'
import type { Driver, Tables } from '../../db/internal/driver'

export type { Db, Tables } from '../../db/internal/driver'

export interface RepositoryOptions {
  /** Id source; replaceable so tests can make a write fail at a chosen point. */
  newId?: () => string
}

export interface Context extends Driver {
  newId: () => string
}

export function createContext(driver: Driver, opts: RepositoryOptions = {}): Context {
  return { ...driver, newId: opts.newId ?? (() => nanoid()) }
}

/** User columns minus the password hash, for lookups that are not a login. */
export function safeUserColumns(t: Tables) {
  const { passwordHash: _hash, ...columns } = getTableColumns(t.users)
  return columns
}

/** First row or null: "nothing returned" is how a scoped write says it matched nothing. */
export function first<T>(rows: T[]): T | null {
  return rows[0] ?? null
}
