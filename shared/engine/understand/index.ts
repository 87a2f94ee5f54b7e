import type { Profile } from '../types'
import { fieldIndex } from './field-index'
import { normalizePrompt } from './normalize'
import { Parser } from './parse'
import type { Reading } from './reading'
import { scan } from './scan'
import { tokenize } from './tokens'

export type { FieldRole, LooseFilter, Reading, Role } from './reading'
export { fieldIndex } from './field-index'
export { isYear } from './filters'

/** Phase 3: read one prompt against the table's fields (see ../index.ts for the pipeline). */
export function understand(prompt: string, profile: Profile): Reading {
  const index = fieldIndex(profile)
  const tokens = tokenize(normalizePrompt(prompt), index.dict)
  const items = scan(tokens, index)
  return new Parser(items, tokens, prompt, index).parse()
}
