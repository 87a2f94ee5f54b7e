// Finds the range of x and the expressions in a prompt such as
// "plot y = sin(x) from 0 to 2π", "x^2 - 3x + 2 for x in [-2, 5]", "画出 y = e^x 在 0 到 3 之间".
import { checkExpression, evaluateConstant, type Checked } from './math'

const bound = String.raw`[-+]?\s*(?:\d+(?:\.\d+)?\s*\*?\s*)?(?:pi|tau|e)?(?:\s*/\s*\d+(?:\.\d+)?)?`
const pair = String.raw`(${bound})\s*,\s*(${bound})`
// "for x from 0 to 1", "…, x from 0 to 1": the x names the variable. An x right after an
// operator or a word ("1/x from", "plot x from") is the formula itself and stays with it.
const variable = String.raw`(?:\b(?:for|with|where|when)\s+(?:x\s+)?|(?<![\w)^*/+\-.=]\s*)x\s+)?`
const domainPatterns = [
  // for x in [a, b] | x ∈ (a, b) | on [a, b]
  new RegExp(String.raw`\bfor\s+x\s*(?:in|∈)\s*[\[(]\s*${pair}\s*[\])]`, 'i'),
  new RegExp(String.raw`\bx\s*(?:in|∈|on|over)?\s*[\[(]\s*${pair}\s*[\])]`, 'i'),
  new RegExp(String.raw`(?:\bon|\bover|\bin)\s*[\[(]\s*${pair}\s*[\])]`, 'i'),
  // from a to b | between a and b | a <= x <= b
  new RegExp(
    String.raw`${variable}\bfrom\s+(${bound})\s+(?:to|until)\s+(${bound})`, 'i'),
  new RegExp(String.raw`${variable}\bbetween\s+(${bound})\s+and\s+(${bound})`, 'i'),
  new RegExp(String.raw`(${bound})\s*<=?\s*x\s*<=?\s*(${bound})`, 'i'),
  // 在 a 到 b 之间 | 从 a 到 b
  new RegExp(String.raw`(?:(?<![\w)^*/+\-.=]\s*)x\s*)?(?:在|从|取)\s*(${bound})\s*(?:到|至|~|-)\s*(${bound})`
    + '\\s*(?:之间|之内|区间|范围内?|内)?'),
]

export interface Domain {
  from: number
  to: number
  text: string
}

/** Replaces typography people paste from math texts with what mathjs reads. */
export function normalizeMath(text: string): string {
  return text
    .replace(/π/g, 'pi').replace(/τ/g, 'tau').replace(/[×·]/g, '*').replace(/÷/g, '/')
    .replace(/−/g, '-').replace(/²/g, '^2').replace(/³/g, '^3').replace(/（/g, '(')
    .replace(/）/g, ')').replace(/，/g, ', ').replace(/\bln\s*\(/g, 'log(')
    // "sin x" is how people write sin(x).
    .replace(/\b(sin|cos|tan|log|ln|sqrt|exp|abs)\s+x\b/g,
      (_, f: string) => `${f === 'ln' ? 'log' : f}(x)`)
    // Han text sticks to formulas ("画出y=e^x"); spaces let the pieces be told apart.
    .replace(/(\p{Script=Han})(?=[\x21-\x7e])|([\x21-\x7e])(?=\p{Script=Han})/gu, '$1$2 ')
}

export function findDomain(text: string): Domain | null {
  for (const pattern of domainPatterns) {
    const m = pattern.exec(text)
    if (!m) continue
    const from = evaluateConstant(m[1]!.replace(/\s+/g, ''))
    const to = evaluateConstant(m[2]!.replace(/\s+/g, ''))
    if (from !== null && to !== null) return { from, to, text: m[0] }
  }
  return null
}

export interface Found {
  expressions: { text: string; checked: Extract<Checked, { ok: true }> }[]
  /** The first expression-like piece that failed the checks, to explain why. */
  rejected?: Extract<Checked, { ok: false }>
  rest: string
}

const assignment = /\b(?:y|f\s*\(\s*x\s*\)|g\s*\(\s*x\s*\))\s*=\s*/gi
const listSeparator = /\s+and\s+|\s*[,;，；、]\s*|\s*(?:和|与|以及)\s*/

/** The longest run of words in a piece that is a valid expression in x. */
function longestExpression(piece: string): { start: number; end: number; checked: Checked } | null {
  const words = piece.trim().split(/\s+/).filter(Boolean)
  for (let len = words.length; len >= 1; len--) {
    for (let start = 0; start + len <= words.length; start++) {
      const text = words.slice(start, start + len).join(' ')
      if (!/(?<![A-Za-z])x(?![A-Za-z])|\(/.test(text)) continue
      const checked = checkExpression(text)
      if (checked.ok && checked.usesX) return { start, end: start + len, checked }
      // A call to an unknown function reads as a formula the engine cannot draw: say so.
      if (!checked.ok && checked.reason === 'function') return { start, end: start + len, checked }
    }
  }
  return null
}

export function findExpressions(text: string): Found {
  const found: Found = { expressions: [], rest: '' }
  const rest: string[] = []
  for (const piece of text.replace(assignment, ' ').split(listSeparator)) {
    const words = piece.trim().split(/\s+/).filter(Boolean)
    const hit = longestExpression(piece)
    if (!hit) { rest.push(piece); continue }
    rest.push(words.slice(0, hit.start).join(' '), words.slice(hit.end).join(' '))
    const exprText = words.slice(hit.start, hit.end).join(' ')
    if (hit.checked.ok) found.expressions.push({ text: exprText, checked: hit.checked })
    else found.rejected ??= hit.checked
  }
  found.rest = rest.join(' ').replace(/\s+/g, ' ').trim()
  return found
}
