import { describe, expect, it } from 'vitest'
import { renderChart } from '../../../server/render/index'
import { barSpec, fruitRows } from './fixtures'

const points = (count: number) => ({
  data: { sequence: { start: 0, stop: count, as: 'i' } },
  mark: 'point',
  encoding: {
    x: { field: 'i', type: 'quantitative' },
    y: { field: 'i', type: 'quantitative' },
  },
})

describe('render/limits', () => {
  it('refuses a requested canvas wider than the limit', async () => {
    await expect(renderChart({ spec: barSpec({ values: fruitRows }), format: 'svg', width: 5000 }))
      .rejects.toMatchObject({ code: 'too_large' })
  })

  it('refuses a spec whose own size makes the canvas too wide', async () => {
    const spec = { ...barSpec({ values: fruitRows }), width: 9000 }
    await expect(renderChart({ spec, format: 'svg' })).rejects.toMatchObject({ code: 'too_large' })
  })

  it('refuses a PNG scale over the limit', async () => {
    await expect(renderChart({ spec: barSpec({ values: fruitRows }), format: 'png', scale: 8 }))
      .rejects.toMatchObject({ code: 'too_large' })
  })

  it('refuses a PNG whose scaled pixel count is too large to hold', async () => {
    const spec = { ...barSpec({ values: fruitRows }), width: 3000, height: 3000 }
    await expect(renderChart({ spec, format: 'png', scale: 4 }))
      .rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/PNG/) })
  })

  it('refuses more supplied rows than the limit', async () => {
    const rows = Array.from({ length: 11 }, (_, i) => ({ fruit: `f${i}`, sold: i }))
    const options = { spec: barSpec({ name: 'table' }), datasets: { table: rows }, format: 'svg' }
    await expect(renderChart(options as never, { limits: { maxRows: 10 } }))
      .rejects.toMatchObject({ code: 'too_large' })
    await expect(renderChart(options as never, { limits: { maxRows: 11 } })).resolves.toBeDefined()
  })

  it('refuses generated rows over the default limit before running anything', async () => {
    const started = performance.now()
    await expect(renderChart({ spec: points(5_000_000), format: 'svg' }))
      .rejects.toMatchObject({ code: 'too_large' })
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('refuses a scene with more marks than the limit', async () => {
    await expect(renderChart({ spec: points(500), format: 'svg' }, { limits: { maxItems: 300 } }))
      .rejects.toMatchObject({ code: 'too_large' })
  })

  it('stops an expensive spec at the time limit', async () => {
    const spec = {
      data: { sequence: { start: 0, stop: 400_000, as: 'i' } },
      transform: [
        { calculate: 'sin(datum.i) * cos(datum.i) + sqrt(datum.i)', as: 'a' },
        { calculate: 'pow(datum.a, 2) + log(datum.i + 1)', as: 'b' },
        { bin: { maxbins: 50 }, field: 'b', as: 'bin' },
      ],
      mark: 'bar',
      encoding: {
        x: { field: 'bin', type: 'quantitative' },
        y: { aggregate: 'count', type: 'quantitative' },
      },
    }
    const started = performance.now()
    await expect(renderChart({ spec, format: 'svg' }, { limits: { timeoutMs: 20 } }))
      .rejects.toMatchObject({ code: 'timeout' })
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('refuses a spec over the size limit', async () => {
    const spec = barSpec({ values: fruitRows })
    await expect(renderChart({ spec, format: 'svg' }, { limits: { maxSpecChars: 100 } }))
      .rejects.toMatchObject({ code: 'too_large' })
  })

  it('reports malformed options as invalid, naming the field', async () => {
    await expect(renderChart({ spec: barSpec({ values: fruitRows }), format: 'gif' } as never))
      .rejects.toMatchObject({ code: 'invalid_options', message: expect.stringMatching(/format/) })
  })

  it('reports a spec vega-lite cannot compile as invalid', async () => {
    await expect(renderChart({ spec: { mark: 'nonsense' }, format: 'svg' }))
      .rejects.toMatchObject({ code: 'invalid_spec' })
  })
})

describe('render/functions', () => {
  it('refuses an expression that would build a huge sequence', async () => {
    const spec = {
      data: { values: [{ a: 1 }] },
      transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }],
      mark: 'point',
      encoding: { x: { field: 'n', type: 'quantitative' } },
    }
    await expect(renderChart({ spec, format: 'svg' })).rejects.toMatchObject({ code: 'too_large' })
  })

  it('still evaluates small sequences', async () => {
    const spec = {
      data: { values: [{ a: 1 }] },
      transform: [{ calculate: 'length(sequence(1, 8, 2))', as: 'n' }],
      mark: 'text',
      encoding: { text: { field: 'n', type: 'quantitative' } },
    }
    const result = await renderChart({ spec, format: 'svg' })
    expect(result.body).toContain('>4</text>')
  })
})
