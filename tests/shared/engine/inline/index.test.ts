import { describe, expect, it } from 'vitest'
import { extractInline } from '../../../../shared/engine/inline/index'

describe('inline/index', () => {
  it('tells tables, formulas and numbers apart', () => {
    expect(extractInline('a,b\n1,2\n3,4')?.kind).toBe('table')
    expect(extractInline('x^2 from 0 to 4')?.kind).toBe('formula')
    expect(extractInline('Q1 120, Q2 150')?.kind).toBe('numbers')
    expect(extractInline('average price by region')).toBeNull()
  })

  it('answers in the language of the prompt', () => {
    const result = extractInline('只有 5')
    expect(result?.kind === 'error' && result.error.message).toMatch(/数字/)
  })
})
