import { describe, expect, it } from 'vitest'
import { normalizePrompt } from '../../../../shared/engine/understand/normalize'
import { tokenize } from '../../../../shared/engine/understand/tokens'

const tokens = (prompt: string, dict: string[] = []) =>
  tokenize(normalizePrompt(prompt), new Set(dict))

describe('understand/normalize', () => {
  it('maps full-width text to ASCII and keeps spans on the original', () => {
    const prompt = '销售额超过５０００，按地区'
    const norm = normalizePrompt(prompt)
    expect(norm.text).toBe('销售额超过5000,按地区')
    const five = norm.text.indexOf('5')
    expect(prompt.slice(norm.map[five], norm.map[five + 4])).toBe('５０００')
  })
})

describe('understand/tokens', () => {
  it('reads numbers with units and separators', () => {
    const nums = tokens('over 100M and 2,500 and 3.5k or 5万').filter((t) => t.kind === 'num')
    expect(nums.map((t) => t.num)).toEqual([100e6, 2500, 3500, 5e4])
  })

  it('keeps dates and quoted values whole', () => {
    const kinds = tokens('hired before 2002-06-21 with code "NOISE"').map((t) => t.kind)
    expect(kinds).toEqual(['word', 'word', 'date', 'word', 'word', 'quote'])
  })

  it('does not swallow punctuation after a number', () => {
    expect(tokens('before 21, show').map((t) => t.text)).toEqual(['before', '21', ',', 'show'])
  })

  it('cuts Chinese by the dictionary before Intl.Segmenter', () => {
    const texts = tokens('按地区显示销售额', ['销售额', '地区']).map((t) => t.text)
    expect(texts).toContain('销售额')
    expect(texts).toContain('地区')
  })

  it('reports spans in the original prompt', () => {
    const prompt = 'Ｓａｌｅｓ by region'
    const first = tokens(prompt)[0]!
    expect(first.text).toBe('sales')
    expect(prompt.slice(first.start, first.end)).toBe('Ｓａｌｅｓ')
  })
})
