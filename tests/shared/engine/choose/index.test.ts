import { beforeAll, describe, expect, it } from 'vitest'
import { compile } from 'vega-lite'
import { parse, View } from 'vega'
import { specFromIntent } from '../../../../shared/engine/choose/index'
import { generate } from '../../../../shared/engine/index'
import { normalizeRows, profileTable } from '../../../../shared/engine/profile/index'
import type { ChartIntent, Profile, Row, VegaLiteSpec } from '../../../../shared/engine/types'
import { sampleTable } from './samples'

let profile: Profile
let rows: Row[]

beforeAll(() => {
  const table = sampleTable('cars.json')
  profile = profileTable(table)
  rows = normalizeRows(table, profile)
})

const top = (prompt: string) => {
  const result = generate({ profile, prompts: [prompt] })
  if (!result.ok) throw new Error(result.error.message)
  return result.specs[0]!
}

async function render(spec: VegaLiteSpec): Promise<number> {
  const withData = { ...spec, data: { values: rows } }
  const view = new View(parse(compile(withData as never).spec), { renderer: 'none' })
  await view.runAsync()
  const svg = await view.toSVG()
  view.finalize()
  return svg.length
}

describe('choose', () => {
  it('picks a histogram for one numeric field', () => {
    const spec = top('horsepower').spec as { encoding: { x: { bin: unknown } } }
    expect(top('horsepower').mark).toBe('histogram')
    expect(spec.encoding.x.bin).toBeTruthy()
  })

  it('picks counted, sorted bars for one category', () => {
    const c = top('origin')
    expect(c.mark).toBe('bar')
    expect(c.spec.encoding).toMatchObject({
      x: { field: 'Origin', sort: '-y' }, y: { aggregate: 'count' },
    })
  })

  it('picks a scatter plot for two numeric fields', () => {
    expect(top('horsepower and weight').mark).toBe('point')
  })

  it('picks a line for a measure over time when a trend is asked', () => {
    expect(top('trend of average mpg over the years').mark).toBe('line')
  })

  it('picks a pie only for few slices', () => {
    expect(top('share of cars by origin').mark).toBe('arc')
    expect(top('share of cars by name').mark).toBe('bar')
  })

  it('puts a field named both as the group and as the counted place on the axis', () => {
    const places = profileTable({
      columns: ['Document_ID', 'Location_Code', 'Date_in_Location_From'],
      rows: Array.from({ length: 20 }, (_, i) => ({
        Document_ID: i, Location_Code: 'abcde'[i % 5], Date_in_Location_From: `2017-01-${10 + i}`,
      })),
    })
    const prompt = 'Show me the proportion on what is the code of each location and the number of '
      + 'documents in that location?'
    const result = generate({ profile: places, prompts: [prompt] })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.specs[0]!.mark).toBe('arc')
    expect(result.specs[0]!.spec.encoding).toMatchObject({ color: { field: 'Location_Code' } })
  })

  it('counts names and sends a range of years to the column of years', () => {
    const races = profileTable({
      columns: ['raceId', 'year', 'name', 'date'],
      rows: Array.from({ length: 30 }, (_, i) => ({
        raceId: i, year: 2005 + (i % 8), name: `Grand Prix ${i % 12}`, date: `${2005 + (i % 8)}-04-0${1 + (i % 9)}`,
      })),
    })
    const result = generate({ profile: races, prompts: ['the number of names between 2009 and 2011'] })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.specs[0]!.spec.encoding).toMatchObject({ x: { field: 'name' }, y: { aggregate: 'count' } })
    expect(result.specs[0]!.spec.transform).toEqual([{ filter: { field: 'year', range: [2009, 2011] } }])
  })

  it('compares the field named after the number, in both word orders', () => {
    for (const prompt of ['average horsepower by origin for cars with more than 4 cylinders', '气缸数超过4的汽车按产地的平均马力']) {
      const c = top(prompt)
      expect(c.spec.encoding).toMatchObject({ x: { field: 'Origin' }, y: { field: 'Horsepower', aggregate: 'mean' } })
      expect(c.spec.encoding).not.toHaveProperty('color')
      expect(c.spec.transform).toEqual([{ filter: { field: 'Cylinders', gt: 4 } }])
    }
  })

  it('ranks rows by a measure and names them by the label column', async () => {
    const c = top('bottom 5 cars by mpg')
    expect(c.spec.encoding).toMatchObject({ x: { field: 'Name' }, y: { field: 'Miles_per_Gallon' } })
    expect(await render(c.spec)).toBeGreaterThan(0)
    const view = new View(parse(compile({ ...c.spec, data: { values: rows } } as never).spec), { renderer: 'none' })
    await view.runAsync()
    const kept = view.data('data_0') as Row[]
    expect(kept).toHaveLength(5)
    expect(kept.every((r) => typeof r.Miles_per_Gallon === 'number')).toBe(true)
    view.finalize()
  })

  it('returns up to three candidates ranked by confidence', () => {
    const result = generate({ profile, prompts: ['average horsepower by origin'] })
    if (!result.ok) throw new Error('expected a chart')
    expect(result.specs.length).toBeGreaterThan(1)
    expect(result.specs.length).toBeLessThanOrEqual(3)
    const scores = result.specs.map((s) => s.confidence)
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  it('compiles filters to field predicates and top N to a rank window', () => {
    const intent: ChartIntent = {
      chart: 'bar', x: 'Name', y: 'Horsepower', aggregate: 'mean',
      filters: [
        { field: 'Origin', op: 'oneOf', value: ['Japan', 'Europe'] },
        { field: 'Year', op: 'gte', value: 1975, timeUnit: 'year' },
        { field: 'Cylinders', op: 'equal', value: 3, not: true },
      ],
      top: { n: 5, order: 'descending' },
      sort: { by: 'y', order: 'descending' },
    }
    expect(specFromIntent(intent, profile)[0]!.spec).toMatchSnapshot()
  })

  it.each([
    'average horsepower by origin',
    'mpg vs horsepower colored by origin',
    'number of cars per year as a line chart',
    'histogram of weight',
    'weight by origin as a box plot',
    'share of cars by origin as a donut',
    'heatmap of cylinders and origin',
    'top 5 names by horsepower',
    'horsepower over 150 by cylinders, stacked by origin',
    'average acceleration by cylinders side by side by origin',
  ])('draws every candidate of "%s"', async (prompt) => {
    const result = generate({ profile, prompts: [prompt] })
    if (!result.ok) throw new Error(result.error.message)
    for (const candidate of result.specs) expect(await render(candidate.spec)).toBeGreaterThan(200)
  })

  it('ticks a time axis of a few years once a year', () => {
    const years = profileTable({
      columns: ['year', 'sales'],
      rows: [2019, 2020, 2021].map((year, i) => ({ year, sales: 10 + i })),
    })
    const intent: ChartIntent = { chart: 'line', x: 'year', y: 'sales', filters: [] }
    const x = (specFromIntent(intent, years, 'en')[0]!.spec.encoding as Record<string, unknown>).x
    expect(x).toMatchObject({ type: 'temporal', axis: { tickCount: 'year', format: '%Y' } })
  })

  it('snapshots the compiled spec of a typical request', () => {
    expect(top('average miles per gallon by origin, descending').spec).toMatchSnapshot()
    expect(top('mpg vs hp colored by origin for cars after 1975').spec).toMatchSnapshot()
  })
})
