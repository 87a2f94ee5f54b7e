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
