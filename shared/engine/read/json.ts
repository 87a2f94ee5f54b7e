// JSON to a table: an array of records, an array of arrays (first one the header),
// or an object that holds such an array somewhere at its top level.
import type { RawValue, Row, Table } from '../types'
import { tableFromCells, uniqueHeaders } from './headers'
import { ReadError } from './messages'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isRecord(v: unknown): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function cell(v: Json | undefined): RawValue {
  if (v === undefined || v === null) return null
  // Nested values cannot be charted directly; keep them visible as text.
  return typeof v === 'object' ? JSON.stringify(v) : v
}

/** The array of rows inside a parsed document: the document itself or its longest array. */
function findRows(doc: Json): Json[] | null {
  if (Array.isArray(doc)) return doc
  if (!isRecord(doc)) return null
  const arrays = Object.values(doc).filter((v): v is Json[] => Array.isArray(v) && v.length > 0)
  const ofRows = arrays.filter(a => a.every(r => isRecord(r) || Array.isArray(r)))
  ofRows.sort((a, b) => b.length - a.length)
  return ofRows[0] ?? null
}

function fromRecords(records: Record<string, Json>[]): Table {
  const keys: string[] = []
  const seen = new Set<string>()
  for (const r of records) {
    for (const k of Object.keys(r)) if (!seen.has(k)) { seen.add(k); keys.push(k) }
  }
  const columns = uniqueHeaders(keys)
  const rows = records.map((r) => {
    const row: Row = {}
    keys.forEach((k, i) => { row[columns[i]!] = cell(r[k]) })
    return row
  })
  return { columns, rows }
}

export function parseJsonTable(text: string, maxRows?: number): Table {
  let doc: Json
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Json
  }
  catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON'
    throw new ReadError('malformed', { format: 'JSON', detail })
  }
  const rows = findRows(doc)
  if (!rows) throw new ReadError('malformed', { format: 'JSON', detail: 'no array of records' })
  if (rows.length === 0) throw new ReadError('empty')
  if (maxRows && rows.length > maxRows) throw new ReadError('too_many_rows', { max: maxRows })

  if (rows.every(isRecord)) return fromRecords(rows)
  if (rows.every(Array.isArray)) {
    const [header, ...body] = rows
    if (body.length === 0) throw new ReadError('empty')
    return tableFromCells(header!.map(cell), body.map(r => r.map(cell)))
  }
  const detail = 'rows are neither records nor arrays'
  throw new ReadError('malformed', { format: 'JSON', detail })
}
