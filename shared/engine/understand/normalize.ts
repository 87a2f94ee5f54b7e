// Prompts are compared in NFKC lower case (full-width "，" and "１００" become "," and "100"),
// and Chinese numerals that stand for a number ("前十名") as digits, but every span the engine
// reports must point into the prompt as the person typed it.
import { ZH_NUMERAL, zhNumber } from './zh-numerals'

export interface Normalized {
  text: string
  /** map[i] = index in the original prompt of normalized character i; map[text.length] = end. */
  map: number[]
}

export function normalizePrompt(prompt: string): Normalized {
  let text = ''
  const map: number[] = []
  let offset = 0
  for (const char of prompt) {
    const norm = char.normalize('NFKC').toLowerCase()
    for (let k = 0; k < norm.length; k++) map.push(offset)
    text += norm
    offset += char.length
  }
  map.push(prompt.length)
  return digitsForNumerals({ text, map })
}

function digitsForNumerals(norm: Normalized): Normalized {
  let text = ''
  const map: number[] = []
  let last = 0
  for (const m of norm.text.matchAll(ZH_NUMERAL)) {
    const value = zhNumber(m[0])
    if (value === undefined) continue
    text += norm.text.slice(last, m.index)
    map.push(...norm.map.slice(last, m.index))
    // Every digit points at the numeral's first character; what follows keeps its own place.
    const digits = String(value)
    text += digits
    for (let k = 0; k < digits.length; k++) map.push(norm.map[m.index]!)
    last = m.index + m[0].length
  }
  if (last === 0) return norm
  text += norm.text.slice(last)
  map.push(...norm.map.slice(last))
  return { text, map }
}
