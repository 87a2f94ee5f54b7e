import { describe, expect, it } from 'vitest'
import { specFromIntent } from '../../../../shared/engine/choose'
import { intentFromSpec } from '../../../../shared/engine/explain/from-spec'
import { profileTable } from '../../../../shared/engine/profile'
import type { ChartIntent } from '../../../../shared/engine/types'

const profile = profileTable({
  columns: ['region', 'month', 'amount', 'units'],
  rows: Array.from({ length: 24 }, (_, i) => ({
    region: ['North', 'South', 'East'][i % 3], month: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
    amount: 100 + i * 7, units: i,
  })),
})

describe('explain/intentFromSpec', () => {
  it('reads a model-written bar chart: mark, fields, aggregate and color', () => {
    const spec = {
      mark: 'bar',
      encoding: {
        x: { field: 'region', type: 'nominal' },
        y: { field: 'amount', type: 'quantitative', aggregate: 'sum' },
        color: { field: 'region', type: 'nominal' },
      },
    }
    expect(intentFromSpec(spec)).toEqual({
      chart: 'bar', x: 'region', y: 'amount', aggregate: 'sum', color: 'region', filters: [],
    })
  })

  it('reads bars that grow to the right, with the measure on x', () => {
    const spec = {
      mark: { type: 'bar' },
      encoding: { y: { field: 'region' }, x: { field: 'amount', aggregate: 'mean' } },
    }
    expect(intentFromSpec(spec)).toMatchObject({
      chart: 'bar', x: 'region', y: 'amount', aggregate: 'mean', horizontal: true,
    })
  })

  it('reads pies, donuts, heatmaps, layers and time units', () => {
    const pie = { mark: { type: 'arc', innerRadius: 40 }, encoding: { theta: { field: 'amount', aggregate: 'sum' }, color: { field: 'region' } } }
    expect(intentFromSpec(pie)).toMatchObject({ chart: 'donut', x: 'region', y: 'amount', aggregate: 'sum' })
    const heat = { mark: 'rect', encoding: { x: { field: 'month' }, y: { field: 'region' }, color: { field: 'amount', aggregate: 'max' } } }
    expect(intentFromSpec(heat)).toMatchObject({ chart: 'heatmap', x: 'month', y: 'region', color: 'amount', aggregate: 'max' })
    const layered = { layer: [{ mark: 'line', encoding: { x: { field: 'month', timeUnit: 'yearmonth' }, y: { field: 'units' } } }] }
    expect(intentFromSpec(layered)).toEqual({ chart: 'line', x: 'month', y: 'units', timeUnit: 'yearmonth', filters: [] })
  })

  it('leaves out what the spec does not say, and ignores unknown marks and aggregates', () => {
    expect(intentFromSpec({ mark: 'geoshape', encoding: { y: { field: 'amount', aggregate: 'argmax' } } }))
      .toEqual({ y: 'amount', filters: [] })
    expect(intentFromSpec({})).toEqual({ filters: [] })
  })

  it('reads back what the engine itself writes', () => {
    const intents: ChartIntent[] = [
      { chart: 'bar', x: 'region', y: 'amount', aggregate: 'sum', filters: [] },
      { chart: 'arc', x: 'region', y: 'amount', aggregate: 'sum', filters: [] },
      { chart: 'line', x: 'month', y: 'amount', aggregate: 'mean', color: 'region', timeUnit: 'month', filters: [] },
    ]
    for (const intent of intents) {
      const spec = specFromIntent(intent, profile, 'en')[0]!.spec
      expect(intentFromSpec(spec)).toMatchObject(intent)
    }
  })
})
