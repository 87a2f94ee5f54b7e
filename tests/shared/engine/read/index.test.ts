import { describe, expect, it } from 'vitest'
import { ReadError, readTable, readTableFromText } from '../../../../shared/engine/read/index'

const utf8 = (text: string) => new TextEncoder().encode(text)

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  const error = await promise.then(() => null, (e: unknown) => e)
  expect(error).toBeInstanceOf(ReadError)
  return error as ReadError
}

describe('read/index', () => {
  it('reads CSV with a BOM, quoted line breaks and padded headers', async () => {
    const csv = '\uFEFF name , note\nAda,"line one\nline two"\nBob,x\n'
    const table = await readTable(utf8(csv), 'a.csv')
    expect(table.columns).toEqual(['name', 'note'])
    expect(table.rows).toEqual([
      { name: 'Ada', note: 'line one\nline two' },
      { name: 'Bob', note: 'x' },
    ])
  })

  it('guesses semicolons and tabs as delimiters', async () => {
    const semi = await readTable(utf8('a;b\n1;2\n3;4\n'), 'semi.csv')
    expect(semi.columns).toEqual(['a', 'b'])
    const tsv = await readTable(utf8('city\tpop, millions\nParis\t2,1\n'), 'x.tsv')
    expect(tsv.rows).toEqual([{ 'city': 'Paris', 'pop, millions': '2,1' }])
  })

  it('makes empty and repeated headers unique', async () => {
    const table = await readTable(utf8('name,,name,x\nA,1,B,2\n'), 'd.csv')
    expect(table.columns).toEqual(['name', 'column 2', 'name_2', 'x'])
  })

  it('skips a report title above the header', async () => {
    const csv = 'Sales report 2024,,\n\nregion,q1,q2\nNorth,1,2\nSouth,3,4\n'
    const table = await readTable(utf8(csv), 't.csv')
    expect(table.columns).toEqual(['region', 'q1', 'q2'])
    expect(table.rows).toHaveLength(2)
  })

  it('reads a header of years over values (a wide table)', async () => {
    const table = await readTable(utf8('country,2019,2020,2021\nChina,6.0,2.2,8.4\nIndia,3.9,-5.8,9.7\n'), 'gdp.csv')
    expect(table.columns).toEqual(['country', '2019', '2020', '2021'])
    expect(table.rows).toHaveLength(2)
    // Rows of years are data, not a header.
    const wars = await readTable(utf8('WW1,1914,1918\nWW2,1939,1945\n'), 'wars.csv')
    expect(wars.columns).toEqual(['column 1', 'column 2', 'column 3'])
  })

  it('names columns itself when the first row is data', async () => {
    const table = await readTable(utf8('Paris,2.1\nRome,2.8\n'), 'noheader.csv')
    expect(table.columns).toEqual(['column 1', 'column 2'])
    expect(table.rows).toHaveLength(2)
  })

  it('decodes GBK exports from Chinese Excel', async () => {
    // "城市,人口\n北京,2189\n上海,2487\n" encoded as GBK.
    const gbk = new Uint8Array([179, 199, 202, 208, 44, 200, 203, 191, 218, 10, 177, 177, 190,
      169, 44, 50, 49, 56, 57, 10, 201, 207, 186, 163, 44, 50, 52, 56, 55, 10])
    const table = await readTable(gbk, 'cities.csv')
    expect(table.columns).toEqual(['城市', '人口'])
    expect(table.rows[1]).toEqual({ 城市: '上海', 人口: '2487' })
  })

  it('reads JSON records and the record array inside an object', async () => {
    const direct = await readTable(utf8('[{"a":1,"b":"x"},{"a":2,"c":true}]'), 'r.json')
    expect(direct.columns).toEqual(['a', 'b', 'c'])
    expect(direct.rows[1]).toEqual({ a: 2, b: null, c: true })
    const wrapped = await readTable(utf8('{"meta":{"n":1},"data":[{"k":{"deep":1}}]}'), 'w.json')
    expect(wrapped.rows).toEqual([{ k: '{"deep":1}' }])
  })

  it('reads JSON arrays of arrays with a header row', async () => {
    const table = await readTable(utf8('[["x","y"],[1,2],[3,4]]'), 'a.json')
    expect(table).toEqual({ columns: ['x', 'y'], rows: [{ x: 1, y: 2 }, { x: 3, y: 4 }] })
  })

  it('sniffs the format when the name has no extension', async () => {
    const table = await readTable(utf8('[{"a":1}]'), 'upload')
    expect(table.columns).toEqual(['a'])
  })

  it('throws ReadError with a code for bad input', async () => {
    expect((await readError(readTable(new Uint8Array(), 'e.csv'))).code).toBe('empty')
    expect((await readError(readTable(utf8('a,b\n'), 'h.csv'))).code).toBe('empty')
    expect((await readError(readTable(utf8('x'), 'f.pdf'))).code).toBe('unsupported_format')
    expect((await readError(readTable(utf8('{"a":'), 'b.json'))).code).toBe('malformed')
    const many = await readError(readTable(utf8('a\n1\n2\n3\n'), 'm.csv', { maxRows: 2 }))
    expect(many.code).toBe('too_many_rows')
    expect(many.message).toMatch(/^\[read\] /)
    expect(many.localized('zh-CN')).toContain('2')
  })
})

describe('read/index readTableFromText', () => {
  it('reads Markdown tables', () => {
    const table = readTableFromText('| city | pop |\n|:---|---:|\n| A | 1 |\n| B | 2 |')
    expect(table).toEqual({
      columns: ['city', 'pop'],
      rows: [{ city: 'A', pop: '1' }, { city: 'B', pop: '2' }],
    })
  })

  it('reads tab-separated blocks copied from a spreadsheet', () => {
    const table = readTableFromText('region\tsales\nNorth\t1,200\nSouth\t900\n')
    expect(table?.rows).toEqual([
      { region: 'North', sales: '1,200' },
      { region: 'South', sales: '900' },
    ])
  })

  it('returns null for text that is not a table', () => {
    expect(readTableFromText('show me sales by region')).toBeNull()
    expect(readTableFromText('one line\nanother line')).toBeNull()
  })
})
