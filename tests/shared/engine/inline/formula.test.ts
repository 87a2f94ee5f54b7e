import { describe, expect, it } from 'vitest'
import { extractFormula } from '../../../../shared/engine/inline/formula/index'
import { checkExpression } from '../../../../shared/engine/inline/formula/math'
import type { Row } from '../../../../shared/engine/types'

function rows(prompt: string): Row[] {
  const result = extractFormula(prompt, 'en')
  if (result?.kind !== 'formula') throw new Error(`expected a formula: ${JSON.stringify(result)}`)
  return result.table.rows
}

const xs = (r: Row[]) => r.map(p => p.x as number)

describe('inline/formula', () => {
  it('samples y = sin(x) over the range given with π', () => {
    const r = rows('plot y = sin(x) from 0 to 2π')
    expect(Math.min(...xs(r))).toBe(0)
    expect(Math.max(...xs(r))).toBeCloseTo(2 * Math.PI, 9)
    for (const p of r) expect(p.y).toBeCloseTo(Math.sin(p.x as number), 9)
  })

  it('reads implicit multiplication and bracketed ranges', () => {
    const r = rows('x^2 - 3x + 2 for x in [-2, 5]')
    expect(r[0]).toEqual({ x: -2, y: 12 })
    expect(r[r.length - 1]).toEqual({ x: 5, y: 12 })
  })

  it('draws several functions with a function column and a trig range by default', () => {
    const result = extractFormula('sin(x) and cos(x)', 'en')
    expect(result?.kind).toBe('formula')
    if (result?.kind !== 'formula') return
    expect(result.table.columns).toEqual(['x', 'y', 'function'])
    expect(new Set(result.table.rows.map(r => r.function))).toEqual(new Set(['sin(x)', 'cos(x)']))
    expect(Math.max(...xs(result.table.rows))).toBeCloseTo(2 * Math.PI, 9)
    expect(result.warnings.map(w => w.code)).toEqual(['default_domain'])
  })

  it('reads Chinese ranges', () => {
    const r = rows('画出 y = e^x 在 0 到 3 之间')
    expect(r[0]).toEqual({ x: 0, y: 1 })
    expect(r[r.length - 1]!.y).toBeCloseTo(Math.exp(3), 9)
  })

  it('leaves gaps at singularities and outside the domain', () => {
    const inverse = rows('y = 1/x')
    expect(inverse.find(p => p.x === 0)?.y).toBeNull()
    expect(Math.min(...xs(inverse))).toBe(-10)
    const root = rows('y = sqrt(x) between -1 and 4')
    expect(root.filter(p => (p.x as number) < 0).every(p => p.y === null)).toBe(true)
    expect(root.filter(p => (p.x as number) > 0).every(p => typeof p.y === 'number')).toBe(true)
  })

  it('samples more densely where the curve bends', () => {
    const r = rows('y = tan(x) from -3 to 3')
    const near = r.filter(p => Math.abs((p.x as number) - Math.PI / 2) < 0.1).length
    const flat = r.filter(p => Math.abs(p.x as number) < 0.1).length
    expect(near).toBeGreaterThan(flat)
    expect(r.some(p => p.y === null)).toBe(true)
  })

  it('reads the ways people write formulas', () => {
    expect(rows('plot y=2x+1')[0]).toEqual({ x: -10, y: -19 })
    expect(rows('sin x from -π to π')[0]!.x).toBeCloseTo(-Math.PI, 9)
    expect(rows('y = x³ - 2x on [-3, 3]')[0]).toEqual({ x: -3, y: -21 })
    expect(rows('y = x^2 where -5 <= x <= 5')[0]).toEqual({ x: -5, y: 25 })
    const two = rows('graph 3x+2 and x^2 for x between 0 and 5')
    expect(new Set(two.map(r => r.function))).toEqual(new Set(['3x+2', 'x^2']))
  })

  it('leaves the x of the formula out of the range ("1/x from", "plot x from")', () => {
    const recip = rows('plot 1/x from -1 to 1')
    expect([recip[0]!.x, recip[recip.length - 1]!.x]).toEqual([-1, 1])
    expect(recip.find(p => p.x === 0)?.y).toBeNull()
    expect(recip.find(p => p.x === 0.5)?.y).toBe(2)
    expect(rows('plot x from 0 to 10')[0]).toEqual({ x: 0, y: 0 })
    expect(rows('sin(x)/x from -10 to 10')[0]!.y).toBeCloseTo(Math.sin(-10) / -10, 9)
    expect(rows('plot y = e^x 从 0 到 3')[0]).toEqual({ x: 0, y: 1 })
    expect(rows('画出 1/x 从 -1 到 1')[0]).toEqual({ x: -1, y: -1 })
    // The x that only names the variable is still part of the range.
    expect(rows('y = x^2, x from -3 to 3')[0]).toEqual({ x: -3, y: 9 })
    expect(rows('y = x^2，x 从 -2 到 2')[0]).toEqual({ x: -2, y: 4 })
    expect(rows('y = x^2 for x from -3 to 3')[0]).toEqual({ x: -3, y: 9 })
  })

  it('keeps the instruction', () => {
    const result = extractFormula('plot tan(x) as an area chart', 'en')
    expect(result?.kind === 'formula' && result.instruction).toBe('as an area chart')
  })

  it('refuses unknown and unsafe functions', () => {
    for (const prompt of ['plot y = foo(x)', 'y = import(x)', 'y = x + evaluate("1")']) {
      expect(extractFormula(prompt, 'en'))
        .toMatchObject({ kind: 'error', error: { code: 'unknown_function' } })
    }
    expect(checkExpression('x.constructor')).toMatchObject({ ok: false })
    expect(checkExpression('f(x) = 1')).toMatchObject({ ok: false })
  })

  it('refuses an empty range', () => {
    expect(extractFormula('y = x^2 from 3 to 1', 'en'))
      .toMatchObject({ kind: 'error', error: { code: 'bad_domain' } })
  })

  it('returns null without a formula', () => {
    expect(extractFormula('apples 30 bananas 20', 'en')).toBeNull()
    expect(extractFormula('average price by region', 'en')).toBeNull()
  })
})
