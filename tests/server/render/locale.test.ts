import { describe, expect, it } from 'vitest'
import { viewLocale } from '../../../server/render/locale'
import { renderChart } from '../../../server/render/index'

describe('render/locale', () => {
  it('leaves English to vega defaults', () => {
    expect(viewLocale('en')).toBeUndefined()
  })

  it('writes SI formats with 万 and 亿 in Chinese', () => {
    const locale = viewLocale('zh-CN')!
    expect(locale.format('s')(56_000)).toBe('5.6万')
    expect(locale.format('.2s')(340_000_000)).toBe('3.4亿')
    expect(locale.format('~s')(1200)).toBe('1200')
    expect(locale.format(',')(1234567)).toBe('1,234,567')
  })

  it('labels large default axes in 万 or 亿 with one unit per axis', () => {
    const locale = viewLocale('zh-CN')!
    const wan = locale.formatSpan(0, 35_000_000, 10)
    expect([0, 5_000_000, 35_000_000].map(wan)).toEqual(['0', '500万', '3,500万'])
    const yi = locale.formatSpan(0, 250_000_000, 5)
    expect([50_000_000, 250_000_000].map(yi)).toEqual(['0.5亿', '2.5亿'])
    expect(locale.formatSpan(0, 50_000, 5)(20_000)).toBe('20,000')
    expect(locale.formatSpan(0, 1e6, 5, ',.0f')(1e6)).toBe('1,000,000')
  })

  it('writes 万 on a Chinese quantitative axis and digits on an English one', async () => {
    const spec = {
      data: { values: [{ a: 'x', b: 120_000 }, { a: 'y', b: 35_000_000 }] },
      mark: 'bar',
      encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } },
    }
    const zh = await renderChart({ spec, format: 'svg', lang: 'zh-CN' })
    const en = await renderChart({ spec, format: 'svg', lang: 'en' })
    expect(zh.body).toContain('>3,500万</text>')
    expect(en.body).toContain('>35,000,000</text>')
  })

  it('names months in Chinese on a Chinese time axis', async () => {
    const spec = {
      data: { values: [{ d: '2024-01-15', v: 1 }, { d: '2024-06-15', v: 3 }] },
      mark: 'line',
      encoding: {
        x: { field: 'd', type: 'temporal', timeUnit: 'month', axis: { format: '%b' } },
        y: { field: 'v', type: 'quantitative' },
      },
    }
    const zh = await renderChart({ spec, format: 'svg', lang: 'zh-CN' })
    const en = await renderChart({ spec, format: 'svg', lang: 'en' })
    expect(zh.body).toContain('>1月</text>')
    expect(en.body).toContain('>Jan</text>')
  })
})
