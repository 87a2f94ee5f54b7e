import { describe, expect, it } from 'vitest'
import { isRenderError, RenderError } from '../../../server/render/errors'
import { renderMessages } from '../../../server/render/messages'

describe('render/errors', () => {
  it('prefixes messages with the subsystem and keeps the code', () => {
    const error = new RenderError('too_large', 'over 10 rows')
    expect(error.message).toBe('[render] The chart is too large to render. (over 10 rows)')
    expect(error.code).toBe('too_large')
    expect(isRenderError(error)).toBe(true)
    expect(isRenderError(new Error('x'))).toBe(false)
  })

  it('speaks both product languages for every code', () => {
    for (const texts of Object.values(renderMessages)) {
      expect(texts.en).toMatch(/\.$/)
      expect(texts['zh-CN']).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(new RenderError('timeout').localized('zh-CN')).toBe('图表渲染超时。')
  })
})
