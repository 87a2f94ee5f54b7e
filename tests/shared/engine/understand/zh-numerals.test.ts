import { describe, expect, it } from 'vitest'
import { normalizePrompt } from '../../../../shared/engine/understand/normalize'
import { zhNumber } from '../../../../shared/engine/understand/zh-numerals'

describe('understand/zh-numerals', () => {
  it('reads numerals with and without units', () => {
    expect(zhNumber('十')).toBe(10)
    expect(zhNumber('十五')).toBe(15)
    expect(zhNumber('二十')).toBe(20)
    expect(zhNumber('两千')).toBe(2000)
    expect(zhNumber('一百五十')).toBe(150)
    expect(zhNumber('三万五千')).toBe(35000)
    expect(zhNumber('二〇二〇')).toBe(2020)
    expect(zhNumber('零')).toBeUndefined()
    expect(zhNumber('五五十')).toBeUndefined()
  })

  it('turns only numerals that stand for a number into digits, keeping spans', () => {
    const top = normalizePrompt('马力最高的前十名')
    expect(top.text).toBe('马力最高的前10名')
    // Both digits point at 十; 名 keeps its own place.
    expect(top.map.slice(6, 9)).toEqual([6, 6, 7])
    expect(normalizePrompt('超过五千的订单').text).toBe('超过5000的订单')
    expect(normalizePrompt('一月的平均气温').text).toBe('一月的平均气温')
    expect(normalizePrompt('百分比').text).toBe('百分比')
  })
})
