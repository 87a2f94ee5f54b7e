// Phase 1 of the engine: bytes or pasted text to a Table with raw values and clean headers.
// Profiling (what the values mean) is phase 2, in ../profile.
import type { Table } from '../types'
import { decodeText } from './decode'
import { parseDelimited } from './delimited'
import { parseJsonTable } from './json'
import { parseMarkdownTable } from './markdown'
import { ReadError } from './messages'
import { readXlsx } from './xlsx'

export { ReadError } from './messages'
export type { ReadErrorCode } from './messages'
export { uniqueHeaders } from './headers'
export { splitRow as splitMarkdownRow } from './markdown'

export interface ReadOptions {
  /** Worksheet of an XLSX workbook; the first one by default. */
  sheet?: string
  maxRows?: number
}

export const DEFAULT_MAX_ROWS = 200_000

type Format = 'csv' | 'tsv' | 'json' | 'xlsx'

function detectFormat(bytes: Uint8Array, filename: string): Format {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? ''
  if (ext === 'csv' || ext === 'txt') return 'csv'
  if (ext === 'tsv' || ext === 'tab') return 'tsv'
  if (ext === 'json') return 'json'
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx'
  if (ext !== '') throw new ReadError('unsupported_format', { format: ext })
  // No extension: look at the content. XLSX is a zip archive ("PK\3\4").
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) return 'xlsx'
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart()
  return head.startsWith('[') || head.startsWith('{') ? 'json' : 'csv'
}

export async function readTable(
  bytes: Uint8Array,
  filename: string,
  opts: ReadOptions = {},
): Promise<Table> {
  if (bytes.length === 0) throw new ReadError('empty')
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS
  const format = detectFormat(bytes, filename)
  if (format === 'xlsx') return readXlsx(bytes, opts.sheet, maxRows)

  const text = decodeText(bytes)
  if (format === 'json') return parseJsonTable(text, maxRows)
  return parseDelimited(text, { maxRows, delimiter: format === 'tsv' ? '\t' : undefined })
}

/**
 * A table pasted as text: Markdown, or CSV/TSV from a spreadsheet. Null when the text
 * is not tabular (a single column of prose, or a single row).
 */
export function readTableFromText(text: string): Table | null {
  const markdown = parseMarkdownTable(text)
  if (markdown) return markdown
  const lines = text.split(/\r?\n/).filter(l => l.trim() !== '')
  if (lines.length < 2) return null
  try {
    const table = parseDelimited(lines.join('\n'))
    return table.columns.length >= 2 ? table : null
  }
  catch (error) {
    if (error instanceof ReadError) return null
    throw error
  }
}
