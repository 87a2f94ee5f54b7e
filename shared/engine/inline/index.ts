// Data typed into the prompt instead of uploaded: a pasted table, a formula in x, or a list
// of labelled numbers. Tried in that order, because a pasted table also holds numbers and a
// formula also holds digits. The rest of the prompt becomes the instruction for the table.
import type { Lang } from '../types'
import { extractFormula } from './formula/index'
import { promptLang } from './messages'
import { extractNumbers } from './numbers'
import { extractTable } from './pasted'
import type { InlineResult } from './types'

export type { InlineResult } from './types'
export { promptLang } from './messages'

/** Null when the prompt holds no data of its own. */
export function extractInline(
  prompt: string, lang: Lang = promptLang(prompt),
): InlineResult | null {
  return extractTable(prompt, lang) ?? extractFormula(prompt, lang) ?? extractNumbers(prompt, lang)
}
