import { describe, expect, it } from 'vitest'
import { parseNumber } from '../../../../shared/engine/profile/numbers'

describe('profile/numbers', () => {
  it.each([
    ['1,234.5', 1234.5, 'number'],
    ['30266.0', 30266, 'number'],
    ['-7', -7, 'number'],
    ['(1,234)', -1234, 'number'],
    ['$1,200', 1200, 'currency'],
    ['¥3.2万', 32000, 'currency'],
    ['120元', 120, 'currency'],
    ['€ 5', 5, 'currency'],
    ['12%', 12, 'percent'],
    ['-1.1%', -1.1, 'percent'],
    ['4.5k', 4500, 'number'],
    ['2.1 billion', 2.1e9, 'number'],
    ['3M', 3e6, 'number'],
    ['1.3亿', 1.3e8, 'number'],
    ['1e3', 1000, 'number'],
    ['１２３', 123, 'number'],
    ['12 €', 12, 'currency'],
  ])('reads %s', (text, value, kind) => {
    expect(parseNumber(text)).toEqual({ value, kind })
  })

  it.each(['abc', '12 apples', '(12', '1,23', '', '2024-01-05'])('rejects %s', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})
