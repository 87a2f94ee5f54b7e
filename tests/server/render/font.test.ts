import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveFontPath } from '../../../server/render/font'

describe('render/font', () => {
  it('finds the bundled Source Han Sans SC from the npm package', () => {
    const path = resolveFontPath({})
    expect(path).toMatch(/SourceHanSansSC-Regular\.otf$/)
    expect(existsSync(path)).toBe(true)
  })

  it('prefers FONT_PATH and refuses one that does not exist', () => {
    const bundled = resolveFontPath({})
    expect(resolveFontPath({ FONT_PATH: bundled })).toBe(bundled)
    expect(() => resolveFontPath({ FONT_PATH: '/nowhere/font.otf' }))
      .toThrow(expect.objectContaining({ code: 'font_missing' }))
  })
})
