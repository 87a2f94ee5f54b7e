import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../../shared/engine/index'
import { profileTable } from '../../../../shared/engine/profile/index'
import type { Profile } from '../../../../shared/engine/types'
import { sampleTable } from '../choose/samples'

let movies: Profile

beforeAll(() => {
  movies = profileTable(sampleTable('movies.json'))
})

const run = (prompt: string, lang?: 'en' | 'zh-CN') => {
  const result = generate({ profile: movies, prompts: [prompt], lang })
  if (!result.ok) throw new Error(result.error.message)
  return result
}

describe('explain', () => {
  it('maps each recognized phrase to a span of the original prompt', () => {
    const prompt = 'Average IMDB Rating by Major Genre as a bar chart'
    const { understood } = run(prompt)
    const chips = understood.mentions.map((m) => [m.kind, prompt.slice(m.span.start, m.span.end)])
    expect(chips).toEqual([
      ['aggregate', 'Average'], ['field', 'IMDB Rating'], ['group', 'by'],
      ['field', 'Major Genre'], ['chart', 'bar chart'],
    ])
  })

  it('keeps spans right when the prompt has full-width characters', () => {
    const prompt = '按　Ｍａｊｏｒ　Ｇｅｎｒｅ　的平均预算'
    const field = run(prompt).understood.mentions.find((m) => m.value === 'Major Genre')!
    expect(prompt.slice(field.span.start, field.span.end)).toBe('Ｍａｊｏｒ　Ｇｅｎｒｅ')
  })

  it('warns about guessed and ambiguous fields', () => {
    const guessed = run('average budget by genre').warnings.map((w) => w.code)
    expect(guessed).toContain('guessedField')
    const ambiguous = run('rating by genre').warnings.find((w) => w.code === 'ambiguousField')!
    expect(ambiguous.message).toContain('Rating')
    expect(ambiguous.span).toBeDefined()
  })

  it('lists ignored words, translated', () => {
    const en = run('average budget by genre with sparkles').warnings
    expect(en.find((w) => w.code === 'ignoredWords')?.message).toBe('Ignored: sparkles')
    const zh = run('按类型的平均预算，要闪亮一点', 'zh-CN').warnings
    expect(zh.find((w) => w.code === 'ignoredWords')?.message).toMatch(/^已忽略：/)
  })

  it('exposes the settled intent for editing', () => {
    expect(run('total worldwide gross by distributor, top 5').understood.intent).toMatchObject({
      chart: 'bar', x: 'Distributor', y: 'Worldwide Gross', aggregate: 'sum',
      top: { n: 5, order: 'descending' },
    })
  })
})
