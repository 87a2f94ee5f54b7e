// Column names people can refer to: trimmed, never empty, never repeated.
import type { Row, Table } from '../types'

export function uniqueHeaders(raw: readonly unknown[]): string[] {
  const seen = new Set<string>()
  return raw.map((cell, i) => {
    // Only line breaks (wrapped header cells) are changed inside a name: prompts and
    // specs must be able to quote the rest exactly as the file spells it.
    const base = cell == null ? '' : String(cell).replace(/[\r\n]+/g, ' ').trim()
    const stem = base === '' ? `column ${i + 1}` : base
    let name = stem
    for (let n = 2; seen.has(name); n++) name = `${stem}_${n}`
    seen.add(name)
    return name
  })
}

const numberLike = /^[\s$¥€£(+-]*\d[\d,.\s]*(?:e[+-]?\d+)?%?\)?$/i

function isNumberLike(cell: unknown): boolean {
  return typeof cell === 'number' || (typeof cell === 'string' && numberLike.test(cell))
}

const isYear = (cell: unknown) => /^\s*[12]\d{3}\s*$/.test(String(cell ?? ''))

/**
 * Whether the first row names the columns. It does when none of its cells is a number,
 * when one of its cells is text above a column of numbers, or when it is a label followed by
 * rising years over values that are not years ("country,2019,2020" in a wide table).
 */
export function looksLikeHeader(first: readonly unknown[], rest: readonly unknown[][]): boolean {
  if (!first.some(isNumberLike)) return true
  const sample = rest.slice(0, 50)
  const yearCols = first.flatMap((cell, col) => (isYear(cell) ? [col] : []))
  const years = yearCols.map(col => Number(first[col]))
  const rising = years.length >= 2 && years.every((y, i) => i === 0 || y > years[i - 1]!)
  const labelled = first.some(cell => !isBlank(cell) && !isNumberLike(cell))
  const valuesBelow = yearCols.some(col => sample.some(r => !isBlank(r[col]) && !isYear(r[col])))
  if (rising && labelled && yearCols.length === first.filter(isNumberLike).length && valuesBelow) {
    return true
  }
  return first.some((cell, col) => {
    if (isNumberLike(cell) || cell == null || cell === '') return false
    const below = sample.map(r => r[col]).filter(v => v != null && v !== '')
    return below.length > 0 && below.filter(isNumberLike).length >= below.length * 0.8
  })
}

function isBlank(v: unknown): boolean {
  return v == null || v === ''
}

/** Rows of cells to a Table; columns without a name and without values are dropped. */
export function tableFromCells(header: readonly unknown[] | null, body: unknown[][]): Table {
  const width = body.reduce((w, r) => Math.max(w, r.length), header?.length ?? 0)
  const rawNames = Array.from({ length: width }, (_, i) => header?.[i] ?? '')
  const keep = rawNames
    .map((name, i) => ({ name, i }))
    .filter(({ name, i }) => !isBlank(name) || body.some(r => !isBlank(r[i])))
  const columns = uniqueHeaders(keep.map(k => k.name))
  const rows = body.map((cells) => {
    const row: Row = {}
    keep.forEach(({ i }, k) => { row[columns[k]!] = isBlank(cells[i]) ? null : cells[i] })
    return row
  })
  return { columns, rows }
}

const filled = (row: readonly unknown[]) => row.filter(v => !isBlank(v)).length

/**
 * Drops report titles above the header ("Sales 2024" alone on the first line of an Excel
 * export): leading rows with a single filled cell when the rows below have several.
 */
export function dropTitleRows<T extends unknown[]>(rows: T[]): T[] {
  const widths = rows.slice(0, 50).map(filled)
  const typical = widths.slice().sort((a, b) => a - b)[Math.floor(widths.length / 2)] ?? 0
  let start = 0
  while (start < Math.min(5, rows.length - 2) && typical >= 2 && widths[start]! <= 1) start++
  return start === 0 ? rows : rows.slice(start)
}
