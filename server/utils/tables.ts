import { LRUCache } from 'lru-cache'
import { profileTable, normalizeRows } from '../../shared/engine/profile'
import { readTable } from '../../shared/engine/read'
import type { Profile, Row, Table } from '../../shared/engine/types'

export interface LoadedTable {
  table: Table
  profile: Profile
  /** Typed rows, as the charts and the engine use them. */
  rows: Row[]
}

// Parsed tables are kept per storage key: a file under a key never changes, so entries never go stale.
const loaded = new LRUCache<string, Promise<LoadedTable>>({ max: 24 })

async function load(key: string): Promise<LoadedTable> {
  const raw = await useStorages().files.getItemRaw<Uint8Array>(key)
  if (!raw) throw createError({ statusCode: 410, statusMessage: 'Data file is gone' })
  const table = await readTable(new Uint8Array(raw), key)
  const profile = profileTable(table)
  return { table, profile, rows: normalizeRows(table, profile) }
}

/** The table stored under `key` in the files storage, read and profiled once per process. */
export function loadTable(key: string): Promise<LoadedTable> {
  let entry = loaded.get(key)
  if (!entry) {
    entry = load(key)
    entry.catch(() => loaded.delete(key))
    loaded.set(key, entry)
  }
  return entry
}
