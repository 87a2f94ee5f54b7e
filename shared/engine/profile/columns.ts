// One pass over the rows: distinct raw values of each column with their counts.
import type { Table } from '../types'

export interface ColumnValues {
  /** Trimmed raw value -> number of rows holding it; insertion order is first appearance. */
  counts: Map<string, number>
  /** Rows with no value at all (null, undefined, empty or blank text). */
  empty: number
}

export function rawKey(v: unknown): string | null {
  if (v == null) return null
  if (typeof v === 'string') {
    const t = v.trim()
    return t === '' ? null : t
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return null
  return v instanceof Date ? v.toISOString() : String(v)
}

export function collectColumn(table: Table, name: string): ColumnValues {
  const counts = new Map<string, number>()
  let empty = 0
  for (const row of table.rows) {
    const key = rawKey(row[name])
    if (key === null) empty++
    else counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return { counts, empty }
}
