import { describe, expect, it } from 'vitest'
import { profileTable } from '../../../../shared/engine/profile/index'
import type { Table } from '../../../../shared/engine/types'
import { understand } from '../../../../shared/engine/understand/index'

const regions = ['North', 'South', 'East', 'West']
const genres = ['Comedy', 'Drama', 'Action']
const table: Table = {
  columns: [
    'Region', 'Genre', 'Origin', 'Sales', 'Production_Budget', 'Horsepower', 'Miles_per_Gallon',
    'Order Date', 'unitPrice', 'IMDB Rating', 'Rotten Tomatoes Rating',
  ],
  rows: Array.from({ length: 40 }, (_, i) => ({
    Region: regions[i % 4],
    Genre: genres[i % 3],
    Origin: ['USA', 'Japan', 'Europe'][i % 3],
    Sales: 1000 + i * 37,
    Production_Budget: 5e6 + i * 1e5,
    Horsepower: 60 + i * 3,
    Miles_per_Gallon: 12 + (i % 20),
    'Order Date': `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    unitPrice: 3 + i,
    'IMDB Rating': 5 + (i % 5) / 2,
    'Rotten Tomatoes Rating': 40 + i,
  })),
}
const profile = profileTable(table)
const read = (prompt: string) => understand(prompt, profile)
const fields = (prompt: string) => read(prompt).roles.map((r) => r.field)

describe('understand', () => {
  it('finds fields by exact, case-insensitive and plural names', () => {
    expect(fields('sales by region')).toEqual(['Sales', 'Region'])
    expect(fields('SALES per REGIONS')).toEqual(['Sales', 'Region'])
  })

  it('finds snake_case and camelCase names said as words', () => {
    expect(fields('production budget by genre')).toEqual(['Production_Budget', 'Genre'])
    expect(fields('unit price by region')).toEqual(['unitPrice', 'Region'])
  })

  it('finds abbreviations, synonyms and partial names', () => {
    expect(fields('hp vs mpg')).toEqual(['Horsepower', 'Miles_per_Gallon'])
    expect(fields('miles per gallon by origin')).toEqual(['Miles_per_Gallon', 'Origin'])
    expect(fields('budget by genre')).toEqual(['Production_Budget', 'Genre'])
  })

  it('reads abbreviated column names as the words people say', () => {
    const classes = profileTable({
      columns: ['CLASS_CODE', 'CRS_CODE', 'CLASS_SECTION'],
      rows: Array.from({ length: 30 }, (_, i) => ({
        CLASS_CODE: 10000 + i, CRS_CODE: `ACCT-${200 + (i % 6)}`, CLASS_SECTION: 1 + (i % 3),
      })),
    })
    expect(understand('how many sections does each course have', classes).roles.map(r => r.field))
      .toContain('CRS_CODE')
  })

  it('corrects typos', () => {
    const r = read('average horsepwer by regoin')
    expect(r.roles.map((x) => x.field)).toEqual(['Horsepower', 'Region'])
    expect(r.mentions.find((m) => m.kind === 'field')?.guessed).toBe(true)
  })

  it('prefers the longest multi-word name', () => {
    expect(fields('rotten tomatoes rating by genre')[0]).toBe('Rotten Tomatoes Rating')
  })

  it('reports ambiguous words with their alternatives', () => {
    const mention = read('rating by genre').mentions.find((m) => m.kind === 'field')!
    expect(mention.alternatives).toHaveLength(1)
    expect([mention.value, ...mention.alternatives!].sort())
      .toEqual(['IMDB Rating', 'Rotten Tomatoes Rating'])
  })

  it('reads Chinese field words through the lexicon', () => {
    expect(fields('各地区的销售额')).toEqual(['Region', 'Sales'])
    expect(fields('价格和马力')).toEqual(['unitPrice', 'Horsepower'])
  })

  it('turns data values into filters', () => {
    expect(read('sales of comedies').filters).toMatchObject([
      { field: 'Genre', op: 'equal', value: 'Comedy' },
    ])
    expect(read('sales for Europe and Japan').filters).toMatchObject([
      { field: 'Origin', op: 'oneOf', value: ['Europe', 'Japan'] },
    ])
    expect(read('日本的销售额').filters).toMatchObject([{ field: 'Origin', value: 'Japan' }])
  })

  it('reads comparisons with units and negations', () => {
    expect(read('budget over 100M').filters).toMatchObject([
      { field: 'Production_Budget', op: 'gt', value: 100e6 },
    ])
    expect(read('mpg less than 20').filters).toMatchObject([{ op: 'lt', value: 20 }])
    expect(read('销售额超过5000').filters).toMatchObject([{ field: 'Sales', op: 'gt', value: 5000 }])
    expect(read('sales except the North').filters).toMatchObject([
      { field: 'Region', op: 'equal', value: 'North', not: true },
    ])
  })

  it('reads ranges and dates', () => {
    expect(read('sales between 1990 and 2000').filters).toMatchObject([
      { op: 'range', value: [1990, 2000] },
    ])
    expect(read('sales since 2015').filters).toMatchObject([{ op: 'gte', value: 2015 }])
    expect(read('只看2015年以后的销售额').filters).toMatchObject([{ op: 'gte', value: 2015 }])
  })

  it('reads top and bottom N', () => {
    expect(read('top 10 regions by sales').top).toEqual({ n: 10, order: 'descending' })
    expect(read('销售额前3名的地区').top).toEqual({ n: 3, order: 'descending' })
    expect(read('bottom 5 genres').top).toEqual({ n: 5, order: 'ascending' })
  })

  it('reads aggregates, chart words, sort and time units', () => {
    const r = read('average sales by month as a line chart, descending')
    expect(r.roles[0]).toMatchObject({ field: 'Sales', role: 'measure', aggregate: 'mean' })
    expect(r.chart).toBe('line')
    expect(r.timeUnit).toBe('month')
    expect(r.sort?.order).toBe('descending')
    expect(read('按星期统计销售总和的柱状图')).toMatchObject({ chart: 'bar', timeUnit: 'day' })
  })

  it('gives roles from cue words', () => {
    const r = read('horsepower vs mpg colored by origin, split by genre')
    expect(r.roles.map((x) => [x.field, x.role])).toEqual([
      ['Horsepower', 'plain'], ['Miles_per_Gallon', 'plain'], ['Origin', 'color'],
      ['Genre', 'facet'],
    ])
  })

  it('reads misspelled aggregate words and coordinated names', () => {
    expect(read('averag sales by region').roles[0]).toMatchObject({ aggregate: 'mean' })
    const estimates = profileTable({
      columns: ['Film', 'Low_Estimate', 'High_Estimate'],
      rows: [{ Film: 'A', Low_Estimate: 1, High_Estimate: 3 }],
    })
    const both = understand('low and high estimates', estimates).roles.map((r) => r.field)
    expect(both).toEqual(['Low_Estimate', 'High_Estimate'])
  })

  it('lists the words it did not understand', () => {
    expect(read('sales by region flibbertigibbet').ignored.map((m) => m.text))
      .toEqual(['flibbertigibbet'])
  })
})
