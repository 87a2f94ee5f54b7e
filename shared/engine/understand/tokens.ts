import { CUES } from '../lexicon/keywords'
import { hasCjk, stem } from '../lexicon/stem'
import { canon } from '../lexicon/synonyms'
import type { Normalized } from './normalize'

export type TokenKind = 'word' | 'num' | 'date' | 'cjk' | 'quote' | 'op' | 'punct'

export interface Token {
  /** Normalized surface text. */
  text: string
  /** Canonical form used to compare with field names and values. */
  key: string
  kind: TokenKind
  /** Span in the original prompt. */
  start: number
  end: number
  /** Numeric value, with unit words applied ("100M" → 100000000). */
  num?: number
}

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mn: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
  万: 1e4, 亿: 1e8, '%': 1,
}

// One alternative per token kind, tried left to right.
const SCAN = new RegExp(
  [
    /"([^"]{1,60})"|“([^”]{1,60})”|「([^」]{1,60})」|(?<![a-z0-9])'([^']{1,40})'(?![a-z0-9])/.source,
    /(\d{4}-\d\d?-\d\d?)/.source,
    /[$¥€£]?(\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)/.source
      + /(?:\s?(k|m|mn|b|bn|thousand|million|billion|%)(?![a-z])|(万|亿))?/.source,
    /([a-z][a-z0-9]*)(?:'s|')?/.source,
    /([\u3400-\u9fff\uf900-\ufaff]+)/.source,
    /(>=|<=|!=|<>|[<>=≥≤])/.source,
    /([,.;:?!()、。])/.source,
  ].join('|'),
  'g',
)

export function wordKey(word: string): string {
  return canon(stem(word))
}

/** Split a normalized prompt into tokens; Chinese runs are cut by the dictionary first. */
export function tokenize(norm: Normalized, dict: ReadonlySet<string>): Token[] {
  const tokens: Token[] = []
  const span = (from: number, to: number) => ({ start: norm.map[from]!, end: norm.map[to]! })
  for (const m of norm.text.matchAll(SCAN)) {
    const at = m.index
    const end = at + m[0].length
    const quoted = m[1] ?? m[2] ?? m[3] ?? m[4]
    if (quoted !== undefined) {
      tokens.push({ text: quoted, key: quoted.trim(), kind: 'quote', ...span(at, end) })
    } else if (m[5] !== undefined) {
      tokens.push({ text: m[5], key: isoDate(m[5]), kind: 'date', ...span(at, end) })
    } else if (m[6] !== undefined) {
      const unit = m[7] ?? m[8]
      const value = Number(m[6].replace(/,/g, '')) * (unit ? SCALE[unit] ?? 1 : 1)
      const key = m[6].replace(/,/g, '')
      tokens.push({ text: m[0], key, kind: 'num', num: value, ...span(at, end) })
    } else if (m[9] !== undefined) {
      tokens.push({ text: m[9], key: wordKey(m[9]), kind: 'word', ...span(at, end) })
    } else if (m[10] !== undefined) {
      for (const [from, to] of segmentCjk(m[10], dict)) {
        const text = m[10].slice(from, to)
        tokens.push({ text, key: text, kind: 'cjk', ...span(at + from, at + to) })
      }
    } else if (m[11] !== undefined) {
      tokens.push({ text: m[11], key: m[11], kind: 'op', ...span(at, end) })
    } else {
      tokens.push({ text: m[0], key: m[0], kind: 'punct', ...span(at, end) })
    }
  }
  return tokens
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const MAX_WORD = 8

// Longest dictionary match first (so 销售额 stays whole), Intl.Segmenter for the rest.
function segmentCjk(run: string, dict: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = []
  let pending = -1
  const flush = (to: number) => {
    if (pending < 0) return
    for (const s of segmenter.segment(run.slice(pending, to))) {
      out.push([pending + s.index, pending + s.index + s.segment.length])
    }
    pending = -1
  }
  let i = 0
  while (i < run.length) {
    const len = bestWordAt(run, i, dict)
    if (len === 0) {
      if (pending < 0) pending = i
      i++
      continue
    }
    flush(i)
    out.push([i, i + len])
    i += len
  }
  flush(run.length)
  return out
}

/** "2002-6-1" → "2002-06-01": profiled dates are ISO strings, so they compare as text. */
function isoDate(text: string): string {
  return text.split('-').map((part) => part.padStart(2, '0')).join('-')
}

function longestAt(run: string, i: number, dict: ReadonlySet<string>): number {
  let len = Math.min(MAX_WORD, run.length - i)
  while (len > 0 && !isWord(run.slice(i, i + len), dict)) len--
  return len
}

// Two-word look-ahead (as in MMSEG): "按天气" reads 按 + 天气, not 按天 + 气, because the
// first split covers more text with dictionary words.
function bestWordAt(run: string, i: number, dict: ReadonlySet<string>): number {
  const longest = longestAt(run, i, dict)
  let best = longest
  let cover = longest + (longest > 0 ? longestAt(run, i + longest, dict) : 0)
  for (let len = longest - 1; len > 0; len--) {
    if (!isWord(run.slice(i, i + len), dict)) continue
    const total = len + longestAt(run, i + len, dict)
    if (total > cover) {
      best = len
      cover = total
    }
  }
  return best
}

function isWord(text: string, dict: ReadonlySet<string>): boolean {
  return dict.has(text) || (CUES.has(text) && hasCjk(text))
}
