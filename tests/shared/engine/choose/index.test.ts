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
