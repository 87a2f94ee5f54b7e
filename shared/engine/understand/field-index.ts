import type { FieldProfile, Profile } from '../types'
import { CUES } from '../lexicon/keywords'
import { hasCjk, splitName, stem } from '../lexicon/stem'
import { STOPWORDS } from '../lexicon/stopwords'
import { PHRASES, VALUE_ALIASES, canon } from '../lexicon/synonyms'
import { ZH_FIELD_WORDS, ZH_VALUE_WORDS } from '../lexicon/zh'

export interface FieldEntry {
  profile: FieldProfile
  /** Canonical word keys of the name, in order. */
  words: string[]
}

export interface WordRef {
  field: string
  /** Share of the field's name this word covers. */
  weight: number
}

export interface ValueRef {
  field: string
  value: string
}

/** Everything about a profile's names and values that matching needs, built once per profile. */
export interface FieldIndex {
  fields: Map<string, FieldEntry>
  /** Whole-name key (words joined) → fields. */
  exact: Map<string, string[]>
  /** Single word key → fields containing it. */
  words: Map<string, WordRef[]>
  /** Value key → field/value pairs (nominal fields only). */
  values: Map<string, ValueRef[]>
  /** Chinese words to keep whole when segmenting. */
  dict: Set<string>
}

export const LINKS: ReadonlySet<string> = new Set([
  'in', 'of', 'the', 'a', 'per', 'for', 'to', 'at', 'by', 'on', 'and', 'is',
])
const COUNT_WORDS = new Set(['number', 'count', 'total', 'amount'])
const cache = new WeakMap<Profile, FieldIndex>()

export function fieldIndex(profile: Profile): FieldIndex {
  let index = cache.get(profile)
  if (!index) {
    index = buildIndex(profile)
    cache.set(profile, index)
  }
  return index
}

/** Canonical key of a phrase: words stemmed, synonyms folded, joined without spaces. */
export function phraseKey(text: string): string {
  const key = splitName(text).map((w) => canon(stem(w))).join('')
  return PHRASES.get(key) ?? key
}

function buildIndex(profile: Profile): FieldIndex {
  const index: FieldIndex = {
    fields: new Map(), exact: new Map(), words: new Map(), values: new Map(),
    dict: new Set([...ZH_FIELD_WORDS.keys(), ...ZH_VALUE_WORDS.keys()]),
  }
  for (const field of profile.fields) {
    const words = splitName(field.name).map((w) => canon(stem(w)))
    index.fields.set(field.name, { profile: field, words })
    for (const key of nameKeys(field.name, words)) push(index.exact, key, field.name)
    const content = words.filter((w) => !LINKS.has(w))
    for (const word of new Set(content)) {
      push(index.words, word, { field: field.name, weight: 1 / content.length })
    }
    if (hasCjk(field.name)) index.dict.add(field.name.toLowerCase())
    if (field.type === 'nominal' || field.type === 'ordinal') addValues(index, field)
  }
  return index
}

function nameKeys(name: string, words: string[]): Set<string> {
  const joined = words.join('')
  const keys = new Set([joined, PHRASES.get(joined) ?? joined, name.toLowerCase()])
  const content = words.filter((w) => !LINKS.has(w))
  if (content.length > 0) keys.add(content.join(''))
  // "temp_max" is also "max temperature"; but "number of trains" counts trains.
  if (content.length === 2 && !COUNT_WORDS.has(content[1]!)) keys.add(`${content[1]}${content[0]}`)
  const initials = words.map((w) => w[0]).join('')
  const acronymOk = words.length >= 3 && words.every((w) => /^[a-z]/.test(w))
  if (acronymOk && !STOPWORDS.has(initials) && !CUES.has(initials)) keys.add(initials)
  return keys
}

// TODO(#3): only the values the profile lists (fields with few distinct values) are known,
// so a name from a long list ("Toyota Corolla") is not recognized as a filter.
function addValues(index: FieldIndex, field: FieldProfile): void {
  const values = field.values ?? []
  for (const value of values) {
    const text = String(value)
    const key = hasCjk(text) ? text.toLowerCase() : phraseKey(text)
    for (const alias of VALUE_ALIASES.get(key) ?? []) {
      push(index.values, alias, { field: field.name, value: text })
    }
    if (key.length < 2 || STOPWORDS.has(key)) continue
    push(index.values, key, { field: field.name, value: text })
    if (hasCjk(text)) index.dict.add(text.toLowerCase())
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
