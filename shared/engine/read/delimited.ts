// CSV / TSV / semicolon text to a table. Papaparse guesses the delimiter and handles quotes,
// quoted line breaks and stray BOMs; this module decides whether the first row is a header.
import Papa from 'papaparse'
import type { Table } from '../types'
import { dropTitleRows, looksLikeHeader, tableFromCells } from './headers'
import { ReadError } from './messages'

export interface DelimitedOptions {
  maxRows?: number
  /** Force a delimiter instead of guessing (TSV files). */
  delimiter?: string
}

export function parseDelimited(text: string, opts: DelimitedOptions = {}): Table {
  const source = text.replace(/^\uFEFF/, '')
  if (source.trim() === '') throw new ReadError('empty')
  const result = Papa.parse<string[]>(source, {
    delimiter: opts.delimiter ?? '',
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: 'greedy',
    // One row past the limit is enough to know the limit is exceeded.
    preview: opts.maxRows ? opts.maxRows + 2 : 0,
  })
  const fatal = result.errors.find(e => e.type === 'Quotes' && e.code === 'MissingQuotes')
  if (fatal && result.data.length <= 1) {
    const detail = `unclosed quote in row ${fatal.row}`
    throw new ReadError('malformed', { format: 'CSV', detail })
  }

  const cells = dropTitleRows(result.data.map(r => r.map(c => c.trim())))
  const [first, ...rest] = cells
  if (!first) throw new ReadError('empty')
  const header = looksLikeHeader(first, rest) ? first : null
  const body = header ? rest : cells
  if (body.length === 0) throw new ReadError('empty')
  if (opts.maxRows && body.length > opts.maxRows) {
    throw new ReadError('too_many_rows', { max: opts.maxRows })
  }
  return tableFromCells(header, body)
}
