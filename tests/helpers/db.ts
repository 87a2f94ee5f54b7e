// Test databases for the repository suite: every suite runs once per backend, on a fresh
// SQLite file or a fresh PostgreSQL database, and every test starts from empty tables.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { customAlphabet } from 'nanoid'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import type { Dialect, Driver } from '../../server/db/internal/driver'
import { openPg } from '../../server/db/internal/pg'
import { openSqlite } from '../../server/db/internal/sqlite'
import {
  createRepositories, type Repositories, type RepositoryOptions,
} from '../../server/repositories'

export const PG_ADMIN_URL = process.env.WANWU_TEST_PG_URL
  ?? 'postgres://postgres@127.0.0.1:5432/test'
export const SKIP_PG = process.env.WANWU_SKIP_PG === '1'

export interface Backend {
  name: Dialect
  /** Only ever set for PostgreSQL, and only by WANWU_SKIP_PG=1. */
  skip: boolean
}

export const backends: Backend[] = [
  { name: 'sqlite', skip: false },
  { name: 'pg', skip: SKIP_PG },
]

const dbName = customAlphabet('abcdefghijklmnopqrstuvwxyz0123456789', 12)

/** A new, empty PostgreSQL database; `drop` removes it even if connections linger. */
export async function freshPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `wanwu_t_${dbName()}`
  const admin = postgres(PG_ADMIN_URL, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

export function freshDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'wanwu-test-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

async function openDriver(dialect: Dialect): Promise<{ driver: Driver; dispose(): Promise<void> }> {
  const migrations = resolve(import.meta.dirname, '../../drizzle', dialect)
  if (dialect === 'sqlite') {
    const data = freshDataDir()
    const driver = openSqlite(data.dir, migrations)
    return { driver, dispose: async () => { await driver.close(); data.remove() } }
  }
  const pg = await freshPgDatabase()
  const driver = openPg(pg.url, migrations)
  return { driver, dispose: async () => { await driver.close(); await pg.drop() } }
}

// Children first, so foreign keys never object.
const TABLES = [
  'chart_versions', 'charts', 'datasets', 'sessions', 'api_tokens', 'generation_events',
  'templates', 'users',
]

export interface TestDatabase {
  dialect: Dialect
  repos: Repositories
  /** Repositories on the same database with other options (e.g. a failing id source). */
  reposWith(opts: RepositoryOptions): Repositories
  /** Raw row count, to check what a repository call really left behind. */
  countRows(table: string): Promise<number>
}

/**
 * Registers hooks that give the enclosing describe block its own migrated database and empty
 * tables before each test. Read the returned object's fields inside tests, not at collection.
 */
export function useTestDatabase(backend: Backend): TestDatabase {
  let opened: Awaited<ReturnType<typeof openDriver>> | undefined
  const state = {} as TestDatabase

  if (backend.skip) {
    beforeAll(() => { console.warn('[db] PostgreSQL tests skipped: WANWU_SKIP_PG=1') })
    beforeEach((ctx) => { ctx.skip() })
    return state
  }

  beforeAll(async () => {
    opened = await openDriver(backend.name)
    const { driver } = opened
    await driver.migrate()
    Object.assign(state, {
      dialect: driver.dialect,
      repos: createRepositories(driver),
      reposWith: (opts: RepositoryOptions) => createRepositories(driver, opts),
      countRows: (table: string) => countRows(driver, table),
    })
  })
  afterAll(async () => { await opened?.dispose() })
  beforeEach(async () => {
    for (const table of TABLES) await opened!.driver.rows(sql.raw(`delete from ${table}`))
  })
  return state
}

async function countRows(driver: Driver, table: string): Promise<number> {
  const rows = await driver.rows(sql.raw(`select count(*) as n from ${table}`))
  return Number(rows[0]!.n)
}
