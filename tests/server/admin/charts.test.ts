import { describe, expect, it } from 'vitest'
import { adminCharts, successRates } from '../../../server/admin/charts'
import { renderChart } from '../../../server/render'

const generations = {
  byEngine: [
    { engine: 'fallback', ok: true, count: 1 },
    { engine: 'rules', ok: false, count: 1 },
    { engine: 'rules', ok: true, count: 3 },
  ],
  byMark: [],
  perDay: [],
}
const charts = {
  perDay: [{ day: Date.UTC(2025, 0, 2), count: 4 }, { day: Date.UTC(2025, 0, 3), count: 2 }],
  byMark: [{ mark: 'bar', count: 5 }, { mark: 'line', count: 1 }],
}
const minutes = [0, 1, 2].map(i => ({ minute: Date.UTC(2025, 0, 3, 10, i), requests: i * 10, p95Ms: 40 + i }))

describe('admin/charts', () => {
  it('turns counts by engine and outcome into success rates', () => {
    expect(successRates(generations)).toEqual([
      { engine: 'fallback', rate: 100, total: 1 },
      { engine: 'rules', rate: 75, total: 4 },
    ])
  })

  it('draws the five charts with the app renderer, in the asked language', async () => {
    const specs = adminCharts({ minutes, generations, charts }, 'zh-CN')
    expect(specs.map(s => s.name)).toEqual(['requests', 'latency', 'success', 'marks', 'newCharts'])
    expect(specs[3]!.rows).toEqual(charts.byMark)
    for (const { spec, rows } of specs) {
      const image = await renderChart({ spec, datasets: { table: rows }, format: 'svg' })
      expect(image.body).toMatch(/^<svg/)
      expect(image.body as string).toContain(String(spec.title).slice(0, 4))
    }
  }, 60_000)
})
