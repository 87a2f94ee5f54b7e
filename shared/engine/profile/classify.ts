// Decides what a column holds from its distinct raw values (a sample is enough) and returns
// the parser that turns each raw value into a typed one. Statistics come later, in stats.ts.
import type { FieldProfile, FieldType } from '../types'
import { dateParser, detectDateOrder, parseDate, type DateOrder, type Granularity } from './dates'
import { isCodeName, isDateName, isIdName, isMeasureName, isYearName } from './names'
import { hasDecimalComma, parseDecimalComma, parseNumber } from './numbers'
import { detectSequence, sequenceOrder } from './sequences'

export type Normalized = string | number
export type Parser = (raw: string) => Normalized | null

export interface Classification {
  type: FieldType
  parse: FieldProfile['parse']
  parser: Parser
  granularity?: Granularity
  dateOrder?: DateOrder
  decimalComma?: boolean
  order?: string[]
}

/** Words that mean "no value" in a column that otherwise holds numbers or dates. */
export const softMissing = new Set([
  'na', 'n/a', 'null', 'none', 'nan', '-', '--', '—', '#n/a', '?',
])

const booleans = new Set(['true', 'false', 'yes', 'no', 'y', 'n', 't', 'f', '是', '否'])
const ENOUGH = 0.95
const text: Parser = raw => raw

function share<T>(values: readonly string[], parse: (v: string) => T | null): (T | null)[] {
  return values.map(parse)
}

function mostly(parsed: readonly unknown[]): boolean {
  const ok = parsed.filter(p => p !== null).length
  return ok > 0 && ok >= parsed.length * ENOUGH
}

function asYear(raw: string): string | null {
  const n = parseNumber(raw)
  if (!n || n.kind !== 'number' || !Number.isInteger(n.value)) return null
  return n.value >= 1000 && n.value <= 2100 ? String(n.value) : null
}

function classifyNumbers(name: string, sample: readonly string[]): Classification | null {
  const decimalComma = sample.some(hasDecimalComma)
  const parseOne = decimalComma ? parseDecimalComma : parseNumber
  const parsed = share(sample, parseOne)
  if (!mostly(parsed)) return null
  // Codes such as zip codes keep their leading zeros and are labels, not amounts.
  if (isCodeName(name) || sample.some(v => /^0\d/.test(v))) {
    return { type: 'nominal', parse: 'text', parser: text }
  }
  // 19800930 in a birth_date column is a day, not nineteen million.
  const compactDates = sample.every(v => /^\d{8}(?:\.0+)?$/.test(v) && parseDate(v) !== null)
  if (compactDates && (isDateName(name) || sample.length >= 20)) {
    return { type: 'temporal', parse: 'date', parser: dateParser('mdy', true), granularity: 'day' }
  }
  const fourDigits = sample.every(v => /^\d{4}(?:\.0+)?$/.test(v))
  const allYears = sample.every(v => asYear(v) !== null)
  const plainName = !isMeasureName(name) && !isIdName(name)
  if (allYears && (isYearName(name) || (fourDigits && plainName))) {
    return { type: 'temporal', parse: 'year', parser: asYear, granularity: 'year' }
  }
  const kinds = parsed.map(p => p?.kind)
  const parse = kinds.includes('currency')
    ? 'currency'
    : kinds.includes('percent') ? 'percent' : 'number'
  return {
    type: 'quantitative',
    parse,
    parser: raw => parseOne(raw)?.value ?? null,
    ...(decimalComma ? { decimalComma } : {}),
  }
}

function classifyDates(sample: readonly string[]): Classification | null {
  const dateOrder = detectDateOrder(sample)
  const parsed = share(sample, v => parseDate(v, dateOrder))
  if (!mostly(parsed)) return null
  const rank: Granularity[] = ['year', 'month', 'day', 'datetime']
  const granularity = parsed.reduce<Granularity>(
    (g, p) => (p && rank.indexOf(p.granularity) > rank.indexOf(g) ? p.granularity : g), 'year')
  const usesSlash = sample.some(v => /^\d{1,2}[/.-]\d{1,2}[/.-]\d/.test(v))
  // Database exports stamp plain dates with midnight ("1962-02-18 00:00:00"): they are days.
  const midnight = granularity === 'datetime'
    && parsed.every(p => p === null || p.granularity !== 'datetime' || p.iso.endsWith('T00:00:00'))
  return {
    type: 'temporal',
    parse: 'date',
    parser: dateParser(dateOrder, midnight || granularity !== 'datetime'),
    granularity: midnight ? 'day' : granularity,
    ...(usesSlash ? { dateOrder } : {}),
  }
}

/** `distinct`: non-missing raw values as trimmed strings, in order of first appearance. */
export function classify(name: string, distinct: readonly string[]): Classification {
  const sample = distinct.slice(0, 1000).filter(v => !softMissing.has(v.toLowerCase()))
  if (sample.length === 0) return { type: 'nominal', parse: 'text', parser: text }

  if (sample.length <= 2 && sample.every(v => booleans.has(v.toLowerCase()))) {
    return { type: 'nominal', parse: 'boolean', parser: text }
  }
  const numeric = classifyNumbers(name, sample)
  if (numeric) return numeric

  const sequence = detectSequence(sample)
  if (sequence) {
    const parse = sequence === 'month' ? 'month' : 'text'
    return { type: 'ordinal', parse, parser: text, order: sequenceOrder(sample, sequence) }
  }
  return classifyDates(sample) ?? { type: 'nominal', parse: 'text', parser: text }
}
