import { distance } from 'fastest-levenshtein'
import { CUES, MAX_CUE_WORDS, TYPO_CUES, type Cue } from '../lexicon/keywords'
import { STOPWORDS } from '../lexicon/stopwords'
import { PHRASES } from '../lexicon/synonyms'
import { ZH_FIELD_WORDS, ZH_VALUE_WORDS } from '../lexicon/zh'
import { LINKS, phraseKey, type FieldIndex, type ValueRef, type WordRef } from './field-index'
import type { Token } from './tokens'

interface Base {
  /** Token range [from, to). */
  from: number
  to: number
}

export interface FieldItem extends Base {
  kind: 'field'
  field: string
  guessed: boolean
  alternatives: string[]
}

export type Item =
  | FieldItem
  | (Base & { kind: 'cue'; cues: Cue[] })
  | (Base & { kind: 'value'; refs: ValueRef[] })
  | (Base & { kind: 'num'; value: number | string })
  | (Base & { kind: 'quote'; text: string })
  | (Base & { kind: 'punct' | 'word' })

const MAX_NAME_WORDS = 6

/** Read tokens as fields, cue words, data values and numbers; longest reading wins. */
export function scan(tokens: Token[], index: FieldIndex): Item[] {
  const items: Item[] = []
  let i = 0
  while (i < tokens.length) {
    const item = readAt(tokens, i, index)
    items.push(item)
    i = item.to
  }
  return guessFields(shareHeads(items, tokens, index), tokens, index)
}

// "low and high estimates": the first word borrows the head noun of the field after "and".
function shareHeads(items: Item[], tokens: Token[], index: FieldIndex): Item[] {
  return items.map((item, i) => {
    const link = items[i + 1]
    const next = items[i + 2]
    if (item.kind !== 'word' || link?.kind !== 'cue' || next?.kind !== 'field') return item
    if (!link.cues.some((c) => c.kind === 'and') || next.to - next.from < 2) return item
    for (let from = next.to - 1; from > next.from; from--) {
      const head = tokens.slice(from, next.to).map((t) => t.key).join('')
      const fields = index.exact.get(tokens[item.from]!.key + head)
      if (fields) return fieldItem(fields, item.from, item.to, false)
    }
    return item
  })
}

function readAt(tokens: Token[], i: number, index: FieldIndex): Item {
  const t = tokens[i]!
  const one = { from: i, to: i + 1 }
  if (t.kind === 'punct') return { kind: 'punct', ...one }
  if (t.kind === 'date') return { kind: 'num', value: t.key, ...one }
  if (t.kind === 'quote') return readQuote(t.text, i, index)
  const field = exactField(tokens, i, index)
  const cue = cueAt(tokens, i)
  const value = valueAt(tokens, i, index)
  // A column named like a cue word ("amount") keeps its name: "amount of endowment".
  const fieldFirst = field && cue?.kind === 'cue' && cue.cues.every((c) => c.kind === 'agg')
  const best = fieldFirst ? field : [field, cue, value].reduce<Item | undefined>(
    (a, b) => (b && (!a || b.to > a.to) ? b : a), undefined)
  if (best) return best
  const typo = t.kind === 'word' && !index.words.has(t.key) ? cueTypo(t.text) : undefined
  if (typo) return { kind: 'cue', cues: typo, ...one }
  if (t.kind === 'num') return { kind: 'num', value: t.num ?? Number(t.key), ...one }
  return { kind: 'word', ...one }
}

// Only words that name no field may be read as a misspelled cue word.
function cueTypo(text: string): Cue[] | undefined {
  if (text.length < 5 || STOPWORDS.has(text)) return undefined
  const near = TYPO_CUES.find((cue) => Math.abs(cue.length - text.length) <= 1
    && distance(cue, text) === 1)
  return near ? CUES.get(near) : undefined
}

function readQuote(text: string, i: number, index: FieldIndex): Item {
  const key = phraseKey(text)
  const fields = index.exact.get(key)
  const one = { from: i, to: i + 1 }
  if (fields) return fieldItem(fields, i, i + 1, false)
  const refs = index.values.get(key) ?? index.values.get(text.toLowerCase())
  if (refs) return { kind: 'value', refs, ...one }
  return { kind: 'quote', text, ...one }
}

/** Keys of the n-grams starting at i: all words joined, and content words only. */
function joinedKeys(tokens: Token[], i: number, max: number): string[][] {
  const keys: string[][] = []
  let key = ''
  let content = ''
  for (let n = 0; n < max && i + n < tokens.length; n++) {
    const t = tokens[i + n]!
    if (t.kind !== 'word' && t.kind !== 'num') break
    key += t.key
    if (!LINKS.has(t.key)) content += t.key
    const variants = [PHRASES.get(key) ?? key]
    const edgesOk = !LINKS.has(t.key) && !LINKS.has(tokens[i]!.key)
    if (content !== key && edgesOk) variants.push(content)
    keys.push(variants)
  }
  return keys
}

function exactField(tokens: Token[], i: number, index: FieldIndex): FieldItem | undefined {
  const t = tokens[i]!
  if (t.kind === 'cjk') {
    const keys = [t.key, ...(ZH_FIELD_WORDS.get(t.key) ?? []).map(phraseKey)]
    for (const key of keys) {
      const fields = index.exact.get(key)
      if (fields) return fieldItem(fields, i, i + 1, false)
    }
    return undefined
  }
  const keys = joinedKeys(tokens, i, MAX_NAME_WORDS)
  for (let n = keys.length; n > 0; n--) {
    for (const key of keys[n - 1]!) {
      const fields = index.exact.get(key)
      if (fields) return fieldItem(fields, i, i + n, false)
    }
  }
  return undefined
}

function fieldItem(fields: string[], from: number, to: number, guessed: boolean): FieldItem {
  return { kind: 'field', field: fields[0]!, alternatives: fields.slice(1), guessed, from, to }
}

function cueAt(tokens: Token[], i: number): Item | undefined {
  let phrase = ''
  let found: Item | undefined
  for (let n = 0; n < MAX_CUE_WORDS && i + n < tokens.length; n++) {
    const t = tokens[i + n]!
    if (t.kind === 'punct' || t.kind === 'quote') break
    phrase = n === 0 ? t.text : `${phrase} ${t.text}`
    const cues = CUES.get(phrase)
    if (cues) found = { kind: 'cue', cues, from: i, to: i + n + 1 }
  }
  return found
}

function valueAt(tokens: Token[], i: number, index: FieldIndex): Item | undefined {
  const t = tokens[i]!
  if (t.kind === 'cjk') {
    for (const key of [t.key, ...(ZH_VALUE_WORDS.get(t.key) ?? []).map(phraseKey)]) {
      const refs = index.values.get(key)
      if (refs) return { kind: 'value', refs, from: i, to: i + 1 }
    }
    return undefined
  }
  const keys = joinedKeys(tokens, i, 4)
  const adjective = t.kind === 'word' ? t.text.match(/^(\w{2,}?)(\w)?\2?y$/) : null
  // "rainy" → rain, "sunny" → sun, "foggy" → fog.
  if (adjective) {
    const refs = index.values.get(adjective[1]! + (adjective[2] ?? ''))
      ?? index.values.get(adjective[1]!)
    if (refs) return { kind: 'value', refs, from: i, to: i + 1 }
  }
  for (let n = keys.length; n > 0; n--) {
    const refs = index.values.get(keys[n - 1]![0]!)
    if (refs && !(n === 1 && STOPWORDS.has(tokens[i]!.text))) {
      return { kind: 'value', refs, from: i, to: i + n }
    }
  }
  return undefined
}

// Second pass: unmatched words that name part of a field ("budget" → Production_Budget),
// a Chinese synonym of one, or a typo of one. Adjacent words naming the same field merge.
function guessFields(items: Item[], tokens: Token[], index: FieldIndex): Item[] {
  const out: Item[] = []
  let prev: { item: FieldItem; scores: Map<string, number> } | undefined
  for (const item of items) {
    const scores = item.kind === 'word' ? wordScores(tokens[item.from]!, index) : undefined
    if (!scores || scores.size === 0) {
      out.push(item)
      if (item.kind !== 'word' || !STOPWORDS.has(tokens[item.from]!.text)) prev = undefined
      continue
    }
    if (prev && prev.item.to === item.from && [...scores.keys()].some((f) => prev!.scores.has(f))) {
      for (const [f, s] of scores) prev.scores.set(f, (prev.scores.get(f) ?? 0) + s)
      prev.item.to = item.to
      pickBest(prev.item, prev.scores)
      continue
    }
    const field: FieldItem = {
      kind: 'field', field: '', guessed: true, alternatives: [], from: item.from, to: item.to,
    }
    pickBest(field, scores)
    out.push(field)
    prev = { item: field, scores }
  }
  return out
}

function pickBest(item: FieldItem, scores: Map<string, number>): void {
  const ranked = [...scores].sort((a, b) => b[1] - a[1])
  const top = ranked[0]![1]
  item.field = ranked[0]![0]
  // Close runners-up are worth a question ("rating": IMDB or Rotten Tomatoes?).
  item.alternatives = ranked.slice(1).filter(([, s]) => s >= top * 0.6).map(([f]) => f)
}

function wordScores(t: Token, index: FieldIndex): Map<string, number> {
  const scores = new Map<string, number>()
  if (t.text.length < 2 || STOPWORDS.has(t.text)) return scores
  const keys = t.kind === 'cjk'
    ? (ZH_FIELD_WORDS.get(t.key) ?? []).flatMap((w) => phraseKeys(w))
    : [t.key]
  // A plural names the rows ("employees", "players"), so it does not pick Employee_ID or
  // Player_name through their first word; "employee" or "names" still may.
  const plural = t.kind === 'word' && t.text.endsWith('s') && t.key !== t.text
  const skip = (ref: WordRef) => {
    const words = index.fields.get(ref.field)!.words
    return plural && words.length > 1 && words[0] === t.key
  }
  // A Chinese word lists its likeliest English sense first: earlier senses win ties.
  keys.forEach((key, rank) => {
    for (const ref of index.words.get(key) ?? []) {
      if (skip(ref)) continue
      const weight = ref.weight * (1 - rank * 0.01)
      scores.set(ref.field, Math.max(scores.get(ref.field) ?? 0, weight))
    }
  })
  if (scores.size === 0 && t.kind === 'word' && t.key.length >= 4) fuzzy(t.key, index, scores, skip)
  if (scores.size === 0 && t.kind === 'cjk') cjkPart(t.key, index, scores)
  return scores
}

function phraseKeys(words: string): string[] {
  return words.split(' ').map((w) => phraseKey(w))
}

// Typos and word variants: "salery" → salary, "expectancy" ↔ "expect".
function fuzzy(
  key: string, index: FieldIndex, scores: Map<string, number>, skip: (ref: WordRef) => boolean,
): void {
  const limit = key.length >= 6 ? 2 : 1
  for (const [word, refs] of index.words) {
    if (word.length < 3) continue
    // Abbreviated names: "enr" for enrollment, "acc_bal" for account balance.
    const prefix = (word.length >= 4 && key.startsWith(word))
      || (key.length >= 5 && word.startsWith(key))
      || (word.length === 3 && key.length >= 5 && key.startsWith(word))
    if (!prefix && (Math.abs(word.length - key.length) > limit || distance(word, key) > limit)) {
      continue
    }
    for (const ref of refs) {
      if (skip(ref)) continue
      scores.set(ref.field, Math.max(scores.get(ref.field) ?? 0, ref.weight * 0.8))
    }
  }
}

function cjkPart(key: string, index: FieldIndex, scores: Map<string, number>): void {
  if (key.length < 2) return
  for (const [name] of index.fields) {
    if (name.includes(key)) scores.set(name, key.length / name.length)
  }
}
