import { describe, expect, it } from 'vitest'
import { extractTable } from '../../../../shared/engine/inline/pasted'

describe('inline/pasted', () => {
  it('reads CSV lines under an instruction', () => {
    const prompt = 'Plot this as stacked bars by region:\n'
      + 'month,region,sales\nJan,North,10\nJan,South,12'
    const result = extractTable(prompt, 'en')
    expect(result)
      .toMatchObject({ kind: 'table', instruction: 'Plot this as stacked bars by region' })
    if (result?.kind !== 'table') return
    expect(result.table.columns).toEqual(['month', 'region', 'sales'])
    expect(result.table.rows).toHaveLength(2)
  })

  it('reads Markdown tables with the instruction after them', () => {
    const prompt = '| city | pop |\n|---|--:|\n| A | 1 |\n| B | 2 |\nas a pie chart'
    const result = extractTable(prompt, 'en')
    expect(result).toMatchObject({
      kind: 'table',
      instruction: 'as a pie chart',
      table: { columns: ['city', 'pop'], rows: [{ city: 'A', pop: '1' }, { city: 'B', pop: '2' }] },
    })
  })

  it('reads tab-separated blocks copied from a spreadsheet', () => {
    const prompt = 'region\tQ1\tQ2\nNorth\t1,200\t900\nSouth\t800\t1,000\n\nline chart'
    const result = extractTable(prompt, 'en')
    expect(result?.kind === 'table' && result.table.rows[0])
      .toEqual({ region: 'North', Q1: '1,200', Q2: '900' })
  })

  it('refuses rows of different lengths and names the row', () => {
    const result = extractTable('a,b,c\n1,2,3\n4,5\n6,7,8', 'en')
    expect(result).toMatchObject({ kind: 'error', error: { code: 'mixed_row_lengths' } })
    expect(result?.kind === 'error' && result.error.message).toContain('Row 3')
  })

  it('returns null for prose on several lines', () => {
    expect(extractTable('show sales\nby region please', 'en')).toBeNull()
    expect(extractTable('apples 30, bananas 20', 'en')).toBeNull()
    expect(extractTable('Show sales by region, as bars\nand colour by year, please', 'en')).toBeNull()
  })
})
