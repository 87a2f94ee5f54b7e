import { describe, expect, it } from 'vitest'
import {
  applyOrder, generateAny, inlineValues,
} from '../../../../shared/engine/inline/generate-any'
import type { VegaLiteSpec } from '../../../../shared/engine/types'

type Spec = VegaLiteSpec & {
  data?: { values?: Record<string, unknown>[]; name?: string }
  mark?: { type?: string; point?: boolean }
  encoding?: Record<string, { field?: string; sort?: unknown }>
}

function topSpec(prompts: string[]): Spec {
  const result = generateAny({ prompts })
  if (!result.ok) throw new Error(`expected a chart: ${JSON.stringify(result.error)}`)
  return result.specs[0]!.spec as Spec
}

describe('inline/generate-any', () => {
  it('draws typed numbers with the rows inside the spec', () => {
    const spec = topSpec(['apples 30 bananas 20 oranges 50 pie'])
    expect(spec.mark?.type).toBe('arc')
    expect(spec.data?.values).toEqual([
      { label: 'apples', value: 30 },
      { label: 'bananas', value: 20 },
      { label: 'oranges', value: 50 },
    ])
  })

  it('shows every measure of a pasted table unless the prompt names one', () => {
    const table = 'quarter,revenue,cost\nQ1,120,80\nQ2,150,90\nQ3,170,95'
    const lines = topSpec([`${table}\nas a line chart`])
    expect(lines.mark?.type).toBe('line')
    expect(lines.encoding).toMatchObject({
      x: { field: 'quarter' }, y: { field: 'value' }, color: { field: 'series', sort: ['revenue', 'cost'] },
    })
    expect(lines.data?.values).toHaveLength(6)
    expect(lines.data?.values).toContainEqual({ quarter: 'Q2', series: 'cost', value: 90 })
    const bars = topSpec([table])
    expect(bars.encoding).toHaveProperty('xOffset')
    // Named: only that measure.
    const named = topSpec([`${table}\nrevenue by quarter`])
    expect(named.encoding).toMatchObject({ y: { field: 'revenue' } })
    expect(named.encoding).not.toHaveProperty('color')
  })

  it('keeps months and typed labels in their order', () => {
    const months = topSpec(['sales 一月 120 二月 150 三月 90'])
    expect(months.encoding?.x).toMatchObject({ field: 'label', sort: ['一月', '二月', '三月'] })
    expect(months.encoding?.y).toMatchObject({ field: 'sales' })
    const typed = topSpec(['oranges 50, apples 30, kiwis 10'])
    expect(typed.encoding?.x?.sort).toEqual(['oranges', 'apples', 'kiwis'])
  })

  it('applies the instruction to typed numbers', () => {
    expect(topSpec(['Q1 120, Q2 150, Q3 90, Q4 200 as a line chart']).mark?.type).toBe('line')
  })

  it('draws formulas as lines without a dot per sample, coloured by function', () => {
    const spec = topSpec(['sin(x) and cos(x)'])
    expect(spec.mark).toMatchObject({ type: 'line', point: false })
    expect(spec.encoding?.color?.field).toBe('function')
    expect(spec.data?.values?.length).toBeGreaterThan(100)
  })

  it('lets a follow-up change a formula chart', () => {
    expect(topSpec(['plot y = sin(x) from 0 to 2π', 'as an area chart']).mark?.type).toBe('area')
  })

  it('reads a pasted table: partial requests refine labels by numbers, full ones stand', () => {
    const data = 'month,region,sales,profit\nJan,North,10,3\nJan,South,12,4\nFeb,North,14,5'
    const stacked = topSpec([`Plot this as stacked bars by region:\n${data}`])
    expect(stacked.encoding?.x?.field).toBe('month')
    expect(stacked.encoding?.y?.field).toBe('sales')
    expect(stacked.encoding?.color?.field).toBe('region')
    const pie = topSpec([`profit by region as a pie chart\n${data}`])
    expect(pie.mark?.type).toBe('arc')
    expect(pie.encoding?.color?.field).toBe('region')
  })

  it('passes inline errors through', () => {
    const result = generateAny({ prompts: ['just 5'] })
    expect(result).toMatchObject({ ok: false, error: { code: 'too_few_numbers' } })
  })

  it('uses a given table as is', () => {
    const rows = [{ city: 'A', pop: '1' }, { city: 'B', pop: '2' }]
    const table = { columns: ['city', 'pop'], rows }
    const result = generateAny({ prompts: ['pop by city'], table })
    expect(result.ok && result.specs[0]!.spec.data).toEqual({ name: 'table' })
  })
})

describe('inline/generate-any helpers', () => {
  it('inlines rows wherever the named table is used', () => {
    const spec = { data: { name: 'table' }, layer: [{ data: { name: 'table' } }, { mark: 'rule' }] }
    expect(inlineValues(spec, [{ a: 1 }])).toEqual({
      data: { values: [{ a: 1 }] }, layer: [{ data: { values: [{ a: 1 }] } }, { mark: 'rule' }],
    })
  })

  it('charts numbers that had to be numbered', () => {
    const spec = topSpec(['my weight: 72.5, 71.8, 71.2, 70.9, 70.1'])
    expect(spec.encoding?.x?.field).toBe('label')
    expect(spec.encoding?.y?.field).toBe('weight')
    expect(spec.data?.values?.map(r => r.weight)).toEqual([72.5, 71.8, 71.2, 70.9, 70.1])
  })

  it('stacks the other category of a pasted table when asked for stacked bars', () => {
    const table = 'region\tquarter\tsales\nNorth\tQ1\t10\nNorth\tQ2\t12\nSouth\tQ1\t8'
    const spec = topSpec([`stacked bars by region\n${table}`])
    expect(spec.mark?.type ?? spec.mark).toBe('bar')
    expect(spec.encoding?.x?.field).toBe('region')
    expect(spec.encoding?.color?.field).toBe('quarter')
  })

  it('puts years typed in Chinese on a time axis with one tick a year', () => {
    const spec = topSpec(['2018年 3.5亿，2019年 4.2亿，2020年 3.9亿 折线图'])
    const x = spec.encoding?.x as { type?: string; axis?: unknown }
    expect(x.type).toBe('temporal')
    expect(x.axis).toEqual({ tickCount: 'year', format: '%Y' })
    expect(spec.data?.values?.map(r => r.value)).toEqual([3.5e8, 4.2e8, 3.9e8])
  })

  it('keeps percentages as typed and marks the axis with %', () => {
    const spec = topSpec(['2019: 3.2%, 2020: -1.1%, 2021: 5.6%'])
    expect(spec.data?.values?.map(r => r.value)).toEqual([3.2, -1.1, 5.6])
    expect(spec.encoding?.y).toMatchObject({ axis: { labelExpr: `datum.label + '%'` } })
  })

  it('does not override a sort the engine chose', () => {
    const profile = {
      rowCount: 2,
      fields: [{ name: 'm', type: 'ordinal' as const, cardinality: 2, missing: 0, samples: [],
        idLike: false, parse: 'month' as const, order: ['Jan', 'Feb'] }],
    }
    const sorted = applyOrder({ encoding: { x: { field: 'm', sort: '-y' } } }, profile)
    expect(sorted).toEqual({ encoding: { x: { field: 'm', sort: '-y' } } })
    expect(applyOrder({ encoding: { x: { field: 'm' } } }, profile))
      .toEqual({ encoding: { x: { field: 'm', sort: ['Jan', 'Feb'] } } })
  })
})
