import { beforeAll, describe, expect, it } from 'vitest'
import { generate, specFromState } from '../../../shared/engine/index'
import { profileTable } from '../../../shared/engine/profile/index'
import type { Profile, Table } from '../../../shared/engine/types'
import { sampleTable } from './choose/samples'

let cars: Table
let profile: Profile

beforeAll(() => {
  cars = sampleTable('cars.json')
  profile = profileTable(cars)
})

describe('engine', () => {
  it('profiles a table itself when no profile is given', () => {
    const result = generate({ table: cars, prompts: ['average horsepower by origin'] })
    expect(result.ok).toBe(true)
  })

  it('returns Vega-Lite v6 specs on the named data "table" with exact field names', () => {
    const result = generate({ profile, prompts: ['average miles per gallon by origin'] })
    if (!result.ok) throw new Error(result.error.message)
    for (const { spec } of result.specs) {
      expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json')
      expect(spec.data).toEqual({ name: 'table' })
    }
    expect(result.specs[0]!.spec.encoding).toMatchObject({
      x: { field: 'Origin', title: 'Origin' },
      y: { field: 'Miles_per_Gallon', aggregate: 'mean', title: 'Average Miles per Gallon' },
    })
  })

  it('refuses without data, with a translated message', () => {
    const en = generate({ prompts: ['sales by region'] })
    const zh = generate({ prompts: ['按地区的销售额'] })
    expect(en).toMatchObject({ ok: false, error: { code: 'noData' } })
    expect(zh.ok ? '' : zh.error.message).toMatch(/数据/)
  })

  it('refuses a prompt that names nothing in the table, suggesting fields', () => {
    for (const prompt of ['asdf qwerty', 'what a lovely day', '今天天气不错']) {
      const result = generate({ profile, prompts: [prompt] })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('noField')
        expect(result.error.suggestions).toContain('Miles_per_Gallon')
      }
    }
  })

  it('refuses an empty prompt', () => {
    expect(generate({ profile, prompts: ['   '] })).toMatchObject({
      ok: false, error: { code: 'emptyPrompt' },
    })
  })

  it('answers in the language of the prompt unless told', () => {
    const zh = generate({ profile, prompts: ['按产地的平均马力，闪闪发光'] })
    if (!zh.ok) throw new Error('expected a chart')
    expect(zh.state.lang).toBe('zh-CN')
    expect(zh.specs[0]!.spec.encoding).toMatchObject({ y: { title: '平均Horsepower' } })
    const en = generate({ profile, prompts: ['按产地的平均马力'], lang: 'en' })
    expect(en.ok && en.state.lang).toBe('en')
  })

  it('never throws on odd input', () => {
    const odd = [
      '"', '))))', '100 > < = 5', 'top -3', 'between and', '前名', '\u0000\u200b', 'a'.repeat(5000),
    ]
    for (const prompt of odd) expect(() => generate({ profile, prompts: [prompt] })).not.toThrow()
  })

  it('rebuilds candidates from an edited state (a chip edit)', () => {
    const result = generate({ profile, prompts: ['average horsepower by origin'] })
    if (!result.ok) throw new Error('expected a chart')
    const intent = { ...result.state.intent, aggregate: 'max' as const }
    const edited = { ...result.state, intent }
    const [first] = specFromState(edited, profile)
    expect(first!.spec.encoding).toMatchObject({ y: { aggregate: 'max', field: 'Horsepower' } })
  })

  it('runs fast enough for typing: a few milliseconds per prompt', () => {
    const prompts = ['average horsepower by origin', 'mpg vs hp for Japan', '每年平均油耗的折线图']
    generate({ profile, prompts: [prompts[0]!] })
    const started = performance.now()
    for (let i = 0; i < 100; i++) generate({ profile, prompts: [prompts[i % 3]!] })
    expect((performance.now() - started) / 100).toBeLessThan(20)
  })
})
