import { describe, expect, it } from 'vitest'
import { summarizeChart } from '../../../server/charts/summary'

const barSpec = {
  mark: 'bar',
  encoding: {
    x: { field: 'Origin', type: 'nominal' },
    y: { field: 'Miles_per_Gallon', aggregate: 'mean', type: 'quantitative', title: 'Average MPG' },
  },
}
const datums = [
  { Origin: 'USA', mean_Miles_per_Gallon: 20.0834 },
  { Origin: 'Europe', mean_Miles_per_Gallon: 27.8914 },
  { Origin: 'Japan', mean_Miles_per_Gallon: 30.4506 },
]

describe('summarizeChart', () => {
  it('names the highest and lowest category in English', () => {
    const s = summarizeChart(barSpec, datums, 'en')
    expect(s.text).toBe('Average MPG is highest for Japan (30.5) and lowest for USA (20.1).')
    expect(s.columns).toEqual(['Origin', 'Average MPG'])
    expect(s.rows).toHaveLength(3)
  })

  it('speaks Chinese', () => {
    const s = summarizeChart(barSpec, datums, 'zh-CN')
    expect(s.text).toContain('最高的是 Japan')
    expect(s.text).toContain('最低的是 USA')
  })

  it('reads counts from the __count column', () => {
    const spec = { mark: 'bar', encoding: { x: { field: 'Genre', type: 'nominal' }, y: { aggregate: 'count', type: 'quantitative' } } }
    const s = summarizeChart(spec, [{ Genre: 'Drama', __count: 5 }, { Genre: 'Comedy', __count: 9 }], 'en')
    expect(s.text).toBe('Count is highest for Comedy (9) and lowest for Drama (5).')
  })

  it('says time buckets the way the axis shows them', () => {
    const spec = {
      mark: 'bar',
      encoding: {
        x: { field: 'date', timeUnit: 'month', type: 'ordinal' },
        y: { field: 'temp_max', aggregate: 'mean', type: 'quantitative', title: 'Average high' },
      },
    }
    const months = [
      { month_date: new Date(2012, 0, 1), mean_temp_max: 8.1 },
      { month_date: new Date(2012, 6, 1), mean_temp_max: 26.5 },
    ]
    expect(summarizeChart(spec, months, 'en').text)
      .toBe('Average high is highest for July (26.5) and lowest for January (8.1).')
    expect(summarizeChart(spec, months, 'zh-CN').text).toContain('最高的是 7月')
    expect(summarizeChart(spec, months, 'en').rows[0]).toEqual({ date: 'January', 'Average high': '8.1' })
  })

  it('names the series and the date of a point on a line per series', () => {
    const spec = {
      mark: 'line',
      encoding: {
        x: { field: 'date', type: 'temporal' },
        y: { field: 'price', type: 'quantitative' },
        color: { field: 'symbol', type: 'nominal' },
      },
    }
    const points = [
      { symbol: 'AAPL', date: new Date(2005, 0, 1).getTime(), price: 38.5 },
      { symbol: 'GOOG', date: new Date(2007, 10, 1).getTime(), price: 707 },
    ]
    const s = summarizeChart(spec, points, 'en')
    expect(s.text).toBe('price is highest for GOOG, Nov 1, 2007 (707) and lowest for AAPL, Jan 1, 2005 (38.5).')
    expect(s.columns).toEqual(['symbol', 'date', 'price'])
    expect(s.rows[1]).toEqual({ symbol: 'GOOG', date: 'Nov 1, 2007', price: '707' })
  })

  it('describes a scatter plot by its fields and size', () => {
    const spec = { mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } } }
    const s = summarizeChart(spec, [{ a: 1, b: 2 }, { a: 3, b: 4 }], 'en')
    expect(s.text).toBe('A chart of a, b with 2 data points.')
    expect(s.rows[1]).toEqual({ a: '3', b: '4' })
  })
})
