import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../shared/engine/inline/numbers'
import type { InlineResult } from '../../../../shared/engine/inline/types'

function table(result: InlineResult | null) {
  if (!result || result.kind === 'error') {
    throw new Error(`expected a table, got ${JSON.stringify(result)}`)
  }
  return result
}

const pairs = (prompt: string) =>
  table(extractNumbers(prompt, 'en')).table.rows.map(r => Object.values(r))

describe('inline/numbers', () => {
  it('reads labels before values and keeps the rest as the instruction', () => {
    const result = table(extractNumbers('Q1 120, Q2 150, Q3 90, Q4 200 as a line chart', 'en'))
    expect(result.table.columns).toEqual(['label', 'value'])
    expect(result.table.rows.map(r => [r.label, r.value]))
      .toEqual([['Q1', 120], ['Q2', 150], ['Q3', 90], ['Q4', 200]])
    expect(result.instruction).toBe('as a line chart')
  })

  it('reads lists without separators', () => {
    const result = table(extractNumbers('apples 30 bananas 20 oranges 50 pie', 'en'))
    expect(result.table.rows.map(r => r.label)).toEqual(['apples', 'bananas', 'oranges'])
    expect(result.instruction).toBe('pie')
  })

  it('reads Chinese lists with full-width commas', () => {
    const result = table(extractNumbers('苹果30，香蕉20，橙子50 的饼图', 'zh-CN'))
    expect(result.table.rows.map(r => [r.label, r.value]))
      .toEqual([['苹果', 30], ['香蕉', 20], ['橙子', 50]])
    expect(result.instruction).toContain('饼图')
  })

  it('reads year: percent pairs', () => {
    expect(pairs('2019: 3.2%, 2020: -1.1%, 2021: 5.6%'))
      .toEqual([['2019', '3.2%'], ['2020', '-1.1%'], ['2021', '5.6%']])
  })

  it('names the value column after a measure given before the list', () => {
    const result = table(extractNumbers('sales 一月 120 二月 150 三月 90', 'zh-CN'))
    expect(result.table.columns).toEqual(['label', 'sales'])
    expect(result.table.rows[0]).toEqual({ label: '一月', sales: 120 })
    expect(result.instruction).toBe('')
  })

  it('scales million, billion, k, 万 and 亿', () => {
    expect(pairs('Beijing 21.9 million, Shanghai 24.9 million, Shenzhen 17.6 million'))
      .toEqual([['Beijing', 21.9e6], ['Shanghai', 24.9e6], ['Shenzhen', 17.6e6]])
    expect(pairs('A 3k, B 1.5万, C 2亿, D 1 billion').map(p => p[1])).toEqual([3000, 15000, 2e8, 1e9])
  })

  it('reads values before labels', () => {
    const result = table(extractNumbers('30 apples, 20 bananas, 50 oranges as a pie chart', 'en'))
    expect(result.table.rows.map(r => r.label)).toEqual(['apples', 'bananas', 'oranges'])
    expect(result.instruction).toBe('as a pie chart')
  })

  it('keeps multi-word labels and leaves chart words to the instruction', () => {
    const result = table(extractNumbers('Show a pie chart of New York 8.3, Los Angeles 3.9', 'en'))
    expect(result.table.rows.map(r => r.label)).toEqual(['New York', 'Los Angeles'])
    expect(result.instruction).toBe('Show a pie chart of')
  })

  it('numbers unlabelled values and says so', () => {
    const result = table(extractNumbers('plot 3, 5, 7, 9 as a line', 'en'))
    expect(result.table.rows.map(r => r.label)).toEqual(['1', '2', '3', '4'])
    expect(result.warnings.map(w => w.code)).toEqual(['labels_generated'])
  })

  it('reads 1.234 as a decimal and warns that it may mean thousands', () => {
    const result = table(extractNumbers('Germany 1.234, France 2.5', 'en'))
    expect(result.table.rows[0]!.value).toBe(1.234)
    expect(result.warnings[0])
      .toMatchObject({ code: 'ambiguous_decimal', params: { text: '1.234' } })
  })

  it('keeps dates and date parts in labels', () => {
    expect(pairs('2021-01 5, 2021-02 7, 2021-03 9'))
      .toEqual([['2021-01', 5], ['2021-02', 7], ['2021-03', 9]])
    expect(pairs('2020年 100，2021年 120').map(p => p[0])).toEqual(['2020年', '2021年'])
    expect(pairs('1月 120 2月 150 3月 90').map(p => p[0])).toEqual(['1月', '2月', '3月'])
  })

  it('reads "label: value" lists and sentences', () => {
    expect(pairs('Cats: 12; Dogs: 20; Birds: 5'))
      .toEqual([['Cats', 12], ['Dogs', 20], ['Birds', 5]])
    const sentence = 'the population of China is 1.4 billion and India 1.43 billion'
    const result = table(extractNumbers(sentence, 'en'))
    expect(result.table.columns).toEqual(['label', 'population'])
    expect(result.table.rows.map(r => r.label)).toEqual(['China', 'India'])
  })

  it('reads years written after their values', () => {
    const result = table(extractNumbers('users 10k in 2020, 25k in 2021, 60k in 2022', 'en'))
    expect(result.table.columns).toEqual(['label', 'users'])
    expect(result.table.rows.map(r => [r.label, r.users]))
      .toEqual([['2020', 10000], ['2021', 25000], ['2022', 60000]])
    expect(pairs('revenue 5 (2019), 7 (2020), 9 (2021)'))
      .toEqual([['2019', 5], ['2020', 7], ['2021', 9]])
    const sales = table(extractNumbers('sales were 1.2M in 2019, 1.5M in 2020 as a line', 'en'))
    expect(sales.table.columns).toEqual(['label', 'sales'])
    expect(sales.instruction).toBe('as a line')
  })

  it('refuses a single number, in the prompt language', () => {
    const en = extractNumbers('just 5', 'en')
    expect(en).toMatchObject({ kind: 'error', error: { code: 'too_few_numbers' } })
    const zh = extractNumbers('只有5', 'zh-CN')
    expect(zh?.kind === 'error' && zh.error.message).toMatch(/两个数字/)
  })

  it('returns null when there are no numbers', () => {
    expect(extractNumbers('show me something nice', 'en')).toBeNull()
  })
})
