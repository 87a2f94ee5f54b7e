import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createDatabase, isPostgresUrl } from '../../../server/db'
import { freshDataDir, freshPgDatabase, SKIP_PG } from '../../helpers/db'

describe('db/createDatabase', () => {
  it('tells PostgreSQL URLs from everything else', () => {
    expect(isPostgresUrl('postgres://u@h/db')).toBe(true)
    expect(isPostgresUrl('postgresql://u@h:5432/db')).toBe(true)
    expect(isPostgresUrl('file:./data.sqlite')).toBe(false)
    expect(isPostgresUrl(undefined)).toBe(false)
  })

  it('opens SQLite in WAL mode under dataDir and migrates idempotently', async () => {
    const data = freshDataDir()
    const dataDir = join(data.dir, 'nested', 'dir')
    const db = await createDatabase({ dataDir })
    expect(db.dialect).toBe('sqlite')

    await db.migrate()
    await db.migrate()
    await db.ping()
    expect(await db.repos.templates.list()).toEqual([])
    await db.close()

    const file = join(dataDir, 'wanwu.sqlite')
    expect(existsSync(file)).toBe(true)
    const raw = new Sqlite(file)
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    raw.close()
    data.remove()
  })

  it('fails loudly when the migrations folder is missing', async () => {
    const data = freshDataDir()
    const db = await createDatabase({ dataDir: data.dir, migrationsFolder: '/nonexistent' })
    await expect(db.migrate()).rejects.toThrow()
    await db.close()
    data.remove()
  })

  it.skipIf(SKIP_PG)('uses PostgreSQL for a postgres:// URL', async () => {
    const pg = await freshPgDatabase()
    const db = await createDatabase({ url: pg.url, dataDir: '/nonexistent' })
    expect(db.dialect).toBe('pg')
    await db.migrate()
    await db.migrate()
    await db.ping()
    expect(await db.repos.users.findByName('nobody')).toBeNull()
    await db.close()
    await pg.drop()
  })
})
