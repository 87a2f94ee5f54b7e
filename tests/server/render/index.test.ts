import { createStorage } from 'unstorage'
import { describe, expect, it } from 'vitest'
import { renderChart } from '../../../server/render/index'
import { barSpec, fruitRows, textSpec } from './fixtures'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const bars = (svg: string) => svg.match(/role-mark[^"]*"[^>]*><path/g)?.length ?? 0

describe('render/index', () => {
  it('renders a bar chart from inline values to SVG', async () => {
    const result = await renderChart({ spec: barSpec({ values: fruitRows }), format: 'svg' })
    const svg = result.body as string
    expect(result.contentType).toContain('image/svg+xml')
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('>pear</text>')
    expect(svg.match(/<path[^>]*d="M/g)?.length).toBeGreaterThanOrEqual(3)
    expect(result.width).toBeGreaterThan(50)
    expect(bars(svg)).toBeGreaterThan(0)
  })

  it('renders a named dataset the app supplies, leaving its rows untouched', async () => {
    const rows = fruitRows.map(row => ({ ...row }))
    const result = await renderChart({
      spec: barSpec({ name: 'table' }),
      datasets: { table: rows },
      format: 'svg',
    })
    expect(result.body).toContain('>plum</text>')
    expect(rows).toEqual(fruitRows)
    expect(Object.getOwnPropertySymbols(rows[0]!)).toHaveLength(0)
  })

  it('refuses a spec naming a dataset that was not supplied', async () => {
    await expect(renderChart({ spec: barSpec({ name: 'table' }), format: 'svg' }))
      .rejects.toMatchObject({ code: 'missing_dataset' })
  })

  it('renders PNG bytes and draws Chinese glyphs with the bundled font', async () => {
    const chinese = await renderChart({ spec: textSpec('万物'), format: 'png' })
    const blank = await renderChart({ spec: textSpec(''), format: 'png' })
    const bytes = chinese.body as Uint8Array
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(chinese.contentType).toBe('image/png')
    // Without the font resvg draws nothing for CJK text, and both images would be the same.
    expect(Buffer.from(bytes).equals(Buffer.from(blank.body as Uint8Array))).toBe(false)
  })

  it('scales PNG output', async () => {
    const spec = barSpec({ values: fruitRows })
    const one = await renderChart({ spec, format: 'png' })
    const two = await renderChart({ spec, format: 'png', scale: 2 })
    expect(two.width).toBe(one.width * 2)
  })

  it('measures labels with the font, not a per-character guess', async () => {
    const axisHeight = async (fruit: string) => (await renderChart({
      spec: barSpec({ values: [{ fruit, sold: 2 }] }), format: 'svg',
    })).height
    // Rotated x labels: the chart grows with the label's width. A guess per character would
    // give these two labels of ten characters the same width.
    expect(await axisHeight('MMMMMMMMMM')).toBeGreaterThan(await axisHeight('iiiiiiiiii') + 20)
  })

  it('draws the dark theme differently from the light one', async () => {
    const spec = barSpec({ values: fruitRows })
    const light = await renderChart({ spec, format: 'svg', theme: 'light' })
    const dark = await renderChart({ spec, format: 'svg', theme: 'dark' })
    expect(light.body).not.toEqual(dark.body)
    expect(dark.body).toContain('fill="#18181b"')
  })

  it('respects an explicit background', async () => {
    const spec = barSpec({ values: fruitRows })
    const result = await renderChart({ spec, format: 'svg', background: '#123456' })
    expect(result.body).toContain('fill="#123456"')
  })

  it('serves a repeated render from the cache with the same body and etag', async () => {
    const cache = createStorage()
    const options = { spec: barSpec({ values: fruitRows }), format: 'png' as const }
    const cold = await renderChart(options, { cache })
    const warm = await renderChart(options, { cache })
    expect(cold.cached).toBe(false)
    expect(warm.cached).toBe(true)
    expect(Buffer.from(warm.body as Uint8Array).equals(Buffer.from(cold.body as Uint8Array)))
      .toBe(true)
    expect(warm.etag).toBe(cold.etag)
    expect([warm.width, warm.height]).toEqual([cold.width, cold.height])
  })

  it('keys the cache on theme, language and datasets', async () => {
    const cache = createStorage()
    const spec = barSpec({ name: 'table' })
    const base = { spec, format: 'svg' as const, datasets: { table: fruitRows } }
    const first = await renderChart(base, { cache })
    const others = [
      await renderChart({ ...base, theme: 'dark' }, { cache }),
      await renderChart({ ...base, lang: 'zh-CN' }, { cache }),
      await renderChart({ ...base, datasets: { table: fruitRows.slice(1) } }, { cache }),
    ]
    for (const other of others) {
      expect(other.cached).toBe(false)
      expect(other.etag).not.toBe(first.etag)
    }
  })

  it('keeps each render in its own language when renders overlap', async () => {
    const spec = {
      ...barSpec({ values: [{ fruit: 'apple', sold: 56_000 }] }),
      encoding: {
        x: { field: 'fruit', type: 'nominal' },
        y: { field: 'sold', type: 'quantitative', axis: { format: 's' } },
      },
    }
    const langs = ['zh-CN', 'en', 'zh-CN', 'en'] as const
    const results = await Promise.all(langs.map(lang => renderChart({ spec, format: 'svg', lang })))
    results.forEach((result, i) => {
      expect(result.body).toContain(langs[i] === 'zh-CN' ? '万</text>' : 'k</text>')
    })
  })

  it('hands the finished view to an inspector on cold renders', async () => {
    let marks = 0
    await renderChart({ spec: barSpec({ values: fruitRows }), format: 'svg' }, {
      onView: (view) => { marks = view.data('data_0')?.length ?? 0 },
    })
    expect(marks).toBe(3)
  })
})
