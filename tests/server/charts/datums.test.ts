import { parse, View } from 'vega'
import { compile } from 'vega-lite'
import { describe, expect, it } from 'vitest'
import { markDatums } from '../../../server/charts/datums'

async function viewOf(spec: Record<string, unknown>): Promise<View> {
  const view = new View(parse(compile(spec as never).spec), { renderer: 'none' })
  await view.runAsync()
  return view
}

describe('markDatums', () => {
  it('reads the points of every series, not only the first line', async () => {
    const values = ['AAPL', 'GOOG', 'MSFT'].flatMap((symbol, i) =>
      [1, 2, 3, 4].map(month => ({ symbol, month, price: 10 * (i + 1) + month })))
    const view = await viewOf({
      data: { values },
      mark: 'line',
      encoding: {
        x: { field: 'month', type: 'quantitative' },
        y: { field: 'price', type: 'quantitative' },
        color: { field: 'symbol', type: 'nominal' },
      },
    })
    const datums = markDatums(view as never)
    expect(datums).toHaveLength(12)
    expect(new Set(datums.map(d => d.symbol))).toEqual(new Set(['AAPL', 'GOOG', 'MSFT']))
    view.finalize()
  })

  it('reads the bars of a bar chart', async () => {
    const view = await viewOf({
      data: { values: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
    })
    expect(markDatums(view as never).map(d => d.a)).toEqual(['x', 'y'])
    view.finalize()
  })
})
