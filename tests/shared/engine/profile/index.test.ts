import { describe, expect, it } from 'vitest'
import { normalizeRows, profileTable } from '../../../../shared/engine/profile/index'
import type { Table } from '../../../../shared/engine/types'

function table(columns: Record<string, unknown[]>): Table {
  const names = Object.keys(columns)
  const length = columns[names[0]!]!.length
  const rows = Array.from({ length }, (_, i) =>
    Object.fromEntries(names.map(n => [n, columns[n]![i]])))
  return { columns: names, rows }
}

const field = (t: Table, name: string) => profileTable(t).fields.find(f => f.name === name)!

describe('profile/index', () => {
  it('reads formatted numbers as quantitative and counts missing values', () => {
    const t = table({ revenue: ['$1,200', '$900', '', 'N/A', '(50)'] })
    const f = field(t, 'revenue')
    expect(f).toMatchObject({
      type: 'quantitative', parse: 'currency', missing: 2, min: -50, max: 1200,
    })
    const values = normalizeRows(t, profileTable(t)).map(r => r.revenue)
    expect(values).toEqual([1200, 900, null, null, -50])
  })

  it('reads bare years as temporal years kept as strings', () => {
    const t = table({ Founded: ['1789', '1947', '1870.0'], Height: ['1500', '1600', '1700'] })
    expect(field(t, 'Founded')).toMatchObject({ type: 'temporal', parse: 'year', min: '1789' })
    expect(field(t, 'Height').type).toBe('quantitative')
    expect(normalizeRows(t, profileTable(t))[2]).toEqual({ Founded: '1870', Height: 1700 })
  })

  it('reads a column named like a year as years even with few digits of variety', () => {
    expect(field(table({ season: [2019, 2020, 2020] }), 'season').type).toBe('temporal')
  })

  it('reads dates in several formats to ISO strings', () => {
    const t = table({
      when: ['8/21/2015 17:03', '8/22/2015 9:15', '12/1/2015 0:00'],
      day: ['2024年1月5日', '2024年1月6日', '2024年2月1日'],
    })
    const p = profileTable(t)
    expect(p.fields[0])
      .toMatchObject({ type: 'temporal', granularity: 'datetime', dateOrder: 'mdy' })
    expect(normalizeRows(t, p)[0]).toEqual({ when: '2015-08-21T17:03:00', day: '2024-01-05' })
  })

  it('reads dates stored as numbers in a date column', () => {
    const t = table({ birth_date: ['19800930', '19820309'], amount: ['19800930', '19820309'] })
    expect(field(t, 'birth_date')).toMatchObject({ type: 'temporal', granularity: 'day' })
    expect(field(t, 'amount').type).toBe('quantitative')
    expect(normalizeRows(t, profileTable(t))[0]!.birth_date).toBe('1980-09-30')
  })

  it('reads month names as an ordinal field with their calendar order', () => {
    const f = field(table({ month: ['Mar', 'Jan', 'Feb', 'Jan'] }), 'month')
    expect(f).toMatchObject({ type: 'ordinal', parse: 'month', order: ['Jan', 'Feb', 'Mar'] })
    expect(field(table({ m: ['三月', '一月', '二月'] }), 'm').order).toEqual(['一月', '二月', '三月'])
  })

  it('marks few small integers as discrete', () => {
    const cylinders = [4, 6, 8, 4, 4, 6, 8, 3, 5, 4, 8, 6]
    expect(field(table({ Cylinders: cylinders }), 'Cylinders')).toMatchObject({
      type: 'quantitative', discrete: true, cardinality: 5,
    })
    const mpg = [18.5, 22, 31, 14, 15, 16, 17, 18, 19, 20, 21, 23]
    expect(field(table({ mpg }), 'mpg').discrete).toBe(false)
  })

  it('marks keys as idLike: named like ids, or increasing integers', () => {
    const t = table({
      StuID: [1003, 1001, 1002],
      entry: [1, 2, 3],
      sales: [10, 12, 14],
      score: [9, 7, 9],
      name: ['a', 'b', 'c'],
      code: ['x1', 'x2', 'x3'],
    })
    const p = profileTable(t)
    const ids = Object.fromEntries(p.fields.map(f => [f.name, f.idLike]))
    expect(ids).toEqual({
      StuID: true, entry: true, sales: false, score: false, name: false, code: true,
    })
  })

  it('reads columns written with a decimal comma', () => {
    const t = table({ Preis: ['1.234,50 €', '3,5 €', '12 €'] })
    expect(field(t, 'Preis'))
      .toMatchObject({ type: 'quantitative', decimalComma: true, max: 1234.5 })
    expect(normalizeRows(t, profileTable(t)).map(r => r.Preis)).toEqual([1234.5, 3.5, 12])
    expect(field(table({ n: ['1,234', '2,345'] }), 'n').max).toBe(2345)
  })

  it('keeps codes with leading zeros as labels', () => {
    expect(field(table({ zip: ['02134', '10001', '94103'] }), 'zip').type).toBe('nominal')
  })

  it('lists the values of low-cardinality nominal fields, most frequent first', () => {
    const f = field(table({ hand: ['R', 'L', 'R', 'U', 'R', 'L', null] }), 'hand')
    expect(f).toMatchObject({
      type: 'nominal', cardinality: 3, missing: 1, values: ['R', 'L', 'U'],
    })
  })

  it('keeps text such as NULL in a text column', () => {
    const f = field(table({ status: ['open', 'NULL', 'closed'] }), 'status')
    expect(f.values).toContain('NULL')
    expect(f.missing).toBe(0)
  })

  it('profiles 20k rows quickly', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: String(i + 1),
      name: `player ${i % 5000}`,
      hand: ['R', 'L'][i % 2],
      born: `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      height: String(160 + (i % 40)),
      country: ['USA', 'CHN', 'FRA', 'ESP'][i % 4],
    }))
    const t = { columns: Object.keys(rows[0]!), rows }
    // CPU time, best of three: wall time on a busy machine measures the other work too.
    let ms = Infinity
    for (let i = 0; i < 3; i++) {
      const start = process.cpuUsage()
      profileTable(t)
      const used = process.cpuUsage(start)
      ms = Math.min(ms, (used.user + used.system) / 1000)
    }
    const p = profileTable(t)
    expect(p.fields.map(f => f.type)).toEqual(
      ['quantitative', 'nominal', 'nominal', 'temporal', 'quantitative', 'nominal'])
    expect(ms).toBeLessThan(50)
  })

  it('reads dates stamped with midnight as days', () => {
    const t = table({ HireDate: ['2002-08-14 00:00:00', '2002-05-01 00:00:00'] })
    const p = profileTable(t)
    expect(p.fields[0]).toMatchObject({ type: 'temporal', granularity: 'day' })
    expect(normalizeRows(t, p)[0]).toEqual({ HireDate: '2002-08-14' })
  })
})
