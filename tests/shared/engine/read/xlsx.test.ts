import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { ReadError, readTable } from '../../../../shared/engine/read/index'

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const first = workbook.addWorksheet('Sales')
  first.addRow(['Region', ' Month ', 'Amount', 'Double'])
  first.addRow(['North', new Date(Date.UTC(2024, 0, 5)), 120, { formula: 'C2*2', result: 240 }])
  const afternoon = new Date(Date.UTC(2024, 1, 5, 13, 30))
  first.addRow(['South', afternoon, 80, { formula: 'C3*2', result: 160 }])
  const second = workbook.addWorksheet('Notes')
  second.addRow(['note'])
  second.addRow([{ richText: [{ text: 'rich ' }, { text: 'text' }] }])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('read/xlsx', () => {
  it('reads the first sheet: formulas as results, dates as ISO strings', async () => {
    const table = await readTable(await workbookBytes(), 'book.xlsx')
    expect(table.columns).toEqual(['Region', 'Month', 'Amount', 'Double'])
    expect(table.rows).toEqual([
      { Region: 'North', Month: '2024-01-05', Amount: 120, Double: 240 },
      { Region: 'South', Month: '2024-02-05T13:30:00', Amount: 80, Double: 160 },
    ])
  })

  it('reads a named sheet and rejects an unknown one', async () => {
    const bytes = await workbookBytes()
    const notes = await readTable(bytes, 'book.xlsx', { sheet: 'Notes' })
    expect(notes.rows).toEqual([{ note: 'rich text' }])
    const error = await readTable(bytes, 'book.xlsx', { sheet: 'Nope' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ReadError)
    expect((error as ReadError).code).toBe('sheet_not_found')
  })

  it('reports a broken workbook as malformed', async () => {
    const error = await readTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'bad.xlsx')
      .catch((e: unknown) => e)
    expect((error as ReadError).code).toBe('malformed')
  })
})
