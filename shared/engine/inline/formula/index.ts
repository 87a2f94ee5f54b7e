// Functions of x typed into the prompt, sampled into a table of (x, y[, function]) rows.
import type { EngineWarning, Lang, Row } from '../../types'
import { inlineError, inlineWarning } from '../messages'
import type { InlineResult } from '../types'
import { findDomain, findExpressions, normalizeMath } from './extract'
import { FUNCTIONS, TRIG, toFunction } from './math'
import { sampleFunction } from './sample'

// Only a prompt that mentions x on its own, or calls a function on it, is a formula.
const mentionsX = /(?<![A-Za-z])x(?![A-Za-z])/

export function extractFormula(prompt: string, lang: Lang): InlineResult | null {
  const text = normalizeMath(prompt)
  if (!mentionsX.test(text)) return null
  const domain = findDomain(text)
  const found = findExpressions(domain ? text.replace(domain.text, ' ') : text)
  if (found.expressions.length === 0) {
    const r = found.rejected
    if (r?.reason === 'function') {
      const params = { name: r.name ?? '', known: FUNCTIONS.join(', ') }
      return { kind: 'error', error: inlineError('unknown_function', lang, params) }
    }
    return null
  }

  const warnings: EngineWarning[] = []
  const used = found.expressions.flatMap(e => e.checked.functions)
  const trigOnly = used.length > 0 && used.every(f => TRIG.has(f))
  let { from, to } = domain ?? (trigOnly ? { from: 0, to: 2 * Math.PI } : { from: -10, to: 10 })
  if (!domain) {
    const shown = trigOnly ? { from: 0, to: '2π' } : { from, to }
    warnings.push(inlineWarning('default_domain', lang, shown))
  }
  if (!(from < to)) return { kind: 'error', error: inlineError('bad_domain', lang) }
  ;[from, to] = [Number(from.toPrecision(12)), Number(to.toPrecision(12))]

  const several = found.expressions.length > 1
  const rows: Row[] = []
  for (const { text: expr, checked } of found.expressions) {
    const points = sampleFunction(toFunction(checked.node), from, to)
    for (const p of points) rows.push(several ? { ...p, function: expr } : { ...p })
  }
  if (rows.every(r => r.y === null)) return { kind: 'error', error: inlineError('no_values', lang) }
  return {
    kind: 'formula',
    table: { columns: several ? ['x', 'y', 'function'] : ['x', 'y'], rows },
    instruction: found.rest
      .replace(/^(?:plot|graph|draw|画出?|绘制)\s*/i, '')
      .replace(/^(?:where|with|for|on|over)\b\s*|\s*\b(?:where|with|for|on|over)$/gi, '')
      .trim(),
    warnings,
  }
}
