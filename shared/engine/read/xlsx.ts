// XLSX workbooks via exceljs. Loaded lazily: the library is large and server-only, and the
// browser build of the engine must not pull it in.
import type { RawValue, Table } from '../types'
import { dropTitleRows, looksLikeHeader, tableFromCells } from './headers'
import { ReadError } from './messages'

const pad = (n: number) => String(n).padStart(2, '0')

/** Excel dates carry no zone; exceljs hands them over as UTC instants. */
function isoDate(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const h = d.getUTCHours(), m = d.getUTCMinutes(), s = d.getUTCSeconds()
  return h + m + s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`
}

function cellValue(v: unknown): RawValue {
  if (v == null) return null
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoDate(v)
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) return cellValue(o.result)
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: string }[]).map(t => t.text ?? '').join('')
    }
    if ('text' in o) return cellValue(o.text)
    if ('error' in o) return null
  }
  return String(v)
}

export async function readXlsx(bytes: Uint8Array, sheet?: string, maxRows?: number) {
  const mod = await import('exceljs')
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs' typings want a Node Buffer; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  }
  catch (error) {
    const detail = error instanceof Error ? error.message : 'not a workbook'
    throw new ReadError('malformed', { format: 'XLSX', detail })
  }
  const ws = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0]
  if (!ws) {
    if (sheet) throw new ReadError('sheet_not_found', { sheet })
    throw new ReadError('empty')
  }
  if (maxRows && ws.actualRowCount > maxRows + 1) {
    throw new ReadError('too_many_rows', { max: maxRows })
  }

  const cells: RawValue[][] = []
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values: RawValue[] = []
    for (let c = 1; c <= ws.columnCount; c++) values.push(cellValue(row.getCell(c).value))
    if (values.some(v => v !== null && v !== '')) cells.push(values)
  })
  const [first, ...rest] = dropTitleRows(cells)
  if (!first || rest.length === 0) throw new ReadError('empty')
  const header = looksLikeHeader(first, rest) ? first : null
  return tableFromCells(header, header ? rest : cells) satisfies Table
}
