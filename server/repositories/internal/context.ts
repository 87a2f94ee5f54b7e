import { nanoid } from 'nanoid'
import type { Driver } from '../../db/internal/driver'

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

/** First row or null: "nothing returned" is how a scoped write says it matched nothing. */
export function first<T>(rows: T[]): T | null {
  return rows[0] ?? null
}
