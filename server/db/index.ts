import { resolve } from 'node:path'
import { createRepositories, type Repositories } from '../repositories'
import type { Dialect } from './internal/driver'
import { openPg } from './internal/pg'
import { openSqlite } from './internal/sqlite'

export type { Dialect } from './internal/driver'

export interface DatabaseOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; anything else (or nothing) SQLite. */
  url?: string
  /** Holds wanwu.sqlite when SQLite is used. */
  dataDir: string
  /** Defaults to `<cwd>/drizzle/<dialect>`, where the production build ships the migrations. */
  migrationsFolder?: string
}

export interface Database {
  dialect: Dialect
  repos: Repositories
  migrate(): Promise<void>
  ping(): Promise<void>
  close(): Promise<void>
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url)
}

export async function createDatabase(opts: DatabaseOptions): Promise<Database> {
  const dialect: Dialect = isPostgresUrl(opts.url) ? 'pg' : 'sqlite'
  const migrationsFolder = opts.migrationsFolder ?? resolve(process.cwd(), 'drizzle', dialect)
  const driver = isPostgresUrl(opts.url)
    ? openPg(opts.url, migrationsFolder)
    : openSqlite(opts.dataDir, migrationsFolder)

  return {
    dialect,
    repos: createRepositories(driver),
    migrate: () => driver.migrate(),
    ping: () => driver.ping(),
    close: () => driver.close(),
  }
}
