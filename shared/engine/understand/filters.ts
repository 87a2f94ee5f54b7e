import type { FilterSpec, FilterValue } from '../types'
import type { Parser } from './parse'

type Op = FilterSpec['op']

const CMP: Record<string, Op> = {
  gt: 'gt', gte: 'gte', lt: 'lt', lte: 'lte', since: 'gte', after: 'gt', before: 'lt', eq: 'equal',
}

/**
 * Read one filter starting at item k: "[field] [not] [cmp] value(s)", "between a and b",
 * "Japan and Europe", or the Chinese postfix order "2020年以后". Returns the last item used.
 */
export function readFilter(p: Parser, k: number, negated: boolean, field?: string): number {
  let not = negated
  let op: Op | undefined
  let cur: number | undefined = p.items[k]!.kind === 'field' ? p.next(k, 2) : k
  while (cur !== undefined && p.items[cur]!.kind === 'cue') {
    if (p.hasCue(cur, 'top') && numAt(p, p.next(cur, 1)) !== undefined) break
    if (p.hasCue(cur, 'neg')) not = true
    else if (p.hasCue(cur, 'between')) op = 'range'
    else if (p.hasCue(cur, 'cmp') && (!op || op === 'equal')) op = CMP[p.hasCue(cur, 'cmp')!.value]
    else if (!p.hasCue(cur, 'only')) break
    cur = p.next(cur, 1)
  }
  // Nothing to compare with: leave the words to their other meanings ("over season").
  if (cur === undefined) return k
  const item = p.items[cur]!
  if (item.kind === 'num') return readNumber(p, cur, { field, op, not, start: k })
  if (item.kind === 'value') return readValues(p, cur, { field, not, start: k })
  if (item.kind === 'quote' && field) {
    const filter = { field, op: 'equal' as Op, value: item.text, not: not || undefined }
    push(p, k, cur, filter)
    return cur
  }
  return k
}

interface Pending {
  field?: string
  op?: Op
  not: boolean
  start: number
}

function readNumber(p: Parser, k: number, f: Pending): number {
  let end = k
  const first = numAt(p, k)!
  let value: FilterValue | FilterValue[] = first
  let op = f.op
  if (op === 'range') {
    const to = p.next(skipYearMark(p, k), 1)
    const second = to !== undefined && p.hasCue(to, 'to') ? numAt(p, p.next(to, 1)) : undefined
    if (second === undefined) op = 'gte'
    else {
      value = [first, second]
      end = p.next(to!, 1)!
    }
  }
  end = skipYearMark(p, end)
  if (!op) {
    // Chinese puts the comparison after the number: "5000以上", "2020年以后".
    const post = p.next(end, 0)
    const cmp = p.hasCue(post, 'cmp')
    if (cmp) {
      op = CMP[cmp.value]
      end = post!
    } else if (isYear(first) && (end > k || /^(in|during)$/.test(p.text(k - 1) ?? ''))) {
      op = 'equal' // "in 2005", "2005年"
    } else return end
  }
  // "more than 4 cylinders": the field named after the number is the one compared.
  let field = f.field
  const unit = field ? undefined : p.next(end, 0)
  const unitItem = unit === undefined ? undefined : p.items[unit]
  if (unitItem?.kind === 'field' && op !== 'range') {
    field = unitItem.field
    p.mention('field', unit!, unitItem.field, { field: unitItem.field })
    end = unit!
  }
  push(p, f.start, end, { field: field ?? '', op: op!, value, not: f.not || undefined })
  return end
}

/** A whole number that reads as a year (1000–3000): "in 2005", "between 2009 and 2011". */
export function isYear(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 3000
}

function numAt(p: Parser, k: number | undefined): FilterValue | undefined {
  const item = k === undefined ? undefined : p.items[k]
  return item?.kind === 'num' ? item.value : undefined
}

function skipYearMark(p: Parser, k: number): number {
  const next = k + 1 < p.items.length ? k + 1 : undefined
  return next !== undefined && p.text(next) === '年' ? next : k
}

function readValues(p: Parser, k: number, f: Pending): number {
  const item = p.items[k]!
  if (item.kind !== 'value') return k
  const ref = item.refs.find((r) => r.field === f.field) ?? item.refs[0]!
  const values: string[] = [ref.value]
  let end = k
  for (;;) {
    const link = p.next(end, 1)
    if (link === undefined || !(p.hasCue(link, 'and') || p.text(link) === ',')) break
    const next = p.next(link, 1)
    const nextItem = next === undefined ? undefined : p.items[next]
    const same = nextItem?.kind === 'value' && nextItem.refs.find((r) => r.field === ref.field)
    if (!same) break
    values.push(same.value)
    end = next!
  }
  const filter: FilterSpec = values.length === 1
    ? { field: ref.field, op: 'equal', value: values[0]! }
    : { field: ref.field, op: 'oneOf', value: values }
  if (f.not) filter.not = true
  push(p, f.start, end, filter)
  return end
}

function push(p: Parser, from: number, to: number, filter: FilterSpec): void {
  const start = p.tokens[p.items[from]!.from]!.start
  const end = p.tokens[p.items[to]!.to - 1]!.end
  const span = { start, end }
  const text = p.prompt.slice(start, end)
  const value = Array.isArray(filter.value) ? filter.value.join(', ') : String(filter.value)
  p.r.mentions.push({
    kind: 'filter', span, text, value: `${filter.not ? 'not ' : ''}${filter.op} ${value}`,
    field: filter.field || undefined,
  })
  const mention = p.r.mentions.length - 1
  p.r.filters.push({ ...filter, field: filter.field || undefined, mention })
}
