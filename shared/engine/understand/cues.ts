// What each cue word does to the reading: the handlers the parser dispatches to.
import { FILLERS } from '../lexicon/stopwords'
import type { Aggregate, SortOrder, TimeUnit } from '../types'
import type { Parser } from './parse'
import type { Role } from './reading'
import type { FieldItem } from './scan'

const LISTING = new Set(['list', 'show', 'display', 'arrange', 'present', 'bars', 'it', 'them'])
const SUPERLATIVES = new Set<Aggregate>(['min', 'max'])

export function onAggregate(p: Parser, k: number, op: Aggregate): number {
  const byThe = afterSortWords(p, k) && dirAhead(p, k)
  // "show total number from high to low": the direction says it is the sort key.
  const dirNext = p.hasCue(p.next(k, 1), 'dir') !== undefined
  if ((p.sortClause && afterSortWords(p, k)) || byThe || dirNext) {
    // "order by the total number": the bars' values, not a new aggregate.
    p.r.sort = { ...p.r.sort, by: 'y', aggregate: op }
    p.mention('sort', k, 'y')
    const j = p.next(k, 3)
    if (j !== undefined && p.items[j]!.kind === 'field') p.assigned.set(j, { role: 'sort' })
    return k
  }
  const prev = p.items[k - 1]
  if (SUPERLATIVES.has(op) && (prev?.kind === 'num' || p.hasCue(k - 1, 'top'))) return k
  if (SUPERLATIVES.has(op) && claimBack(p, k, op)) return k
  // "average number of attendance": the count words only lead to the averaged field.
  const counting = p.next(k, 1)
  const lead = op !== 'count' && p.hasCue(counting, 'agg')?.value === 'count' ? counting! : k
  const total = op === 'count' && p.text(k).startsWith('total')
  const j = p.claim(lead, 'measure', op, 4, total ? { sumIfNumeric: true } : {})
  if (j !== undefined && lead !== k) {
    p.mention('aggregate', k, op)
    return lead
  }
  // "the largest countries" ranks rows; only "largest <field>" is an aggregate.
  if (j === undefined && SUPERLATIVES.has(op)) return k
  if (j === undefined) p.r.aggregates.push(op)
  p.mention('aggregate', k, op)
  return k
}

// "How old is the youngest person": the superlative qualifies a field said just before.
export function claimBack(p: Parser, k: number, op: Aggregate): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const item = p.items[j]!
    if (item.kind === 'field') {
      const role = p.r.roles.find((r) => r.item === j)
      if (!role || role.role !== 'plain') return false
      role.role = 'measure'
      role.aggregate = op
      p.mention('aggregate', k, op)
      return true
    }
    if (item.kind !== 'word') return false
  }
  return false
}

/** "show by the total number in asc": a listing verb, "by", and a direction later on. */
export function dirAhead(p: Parser, k: number): boolean {
  let by = k
  while (by > 0 && p.text(by) !== 'by') by--
  if (by === 0 || !LISTING.has(p.text(by - 1))) return false
  for (let j = k + 1; j < p.items.length; j++) {
    const item = p.items[j]!
    if (item.kind === 'punct') return false
    if (item.kind === 'cue' && item.cues.some((c) => c.kind === 'dir')) return true
  }
  return false
}

export function afterSortWords(p: Parser, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const item = p.items[j]!
    if (item.kind === 'word' && FILLERS.has(p.tokens[item.from]!.text)) continue
    if (item.kind !== 'cue') return false
    return item.cues.some((c) => c.kind === 'sort' || c.kind === 'dir')
      || p.text(j) === 'by'
  }
  return false
}

export function onRoleCue(p: Parser, k: number, role: Role): number | undefined {
  const sorting = p.sortClause || dirAhead(p, k)
  if (role === 'group' && sorting && p.text(k) === 'by') role = 'sort'
  const j = p.claim(k, role)
  if (j === undefined) return roleAfter(p, k, role)
  // "by island and species": both fields group the rows.
  const link = p.next(j, 0)
  const paired = role === 'group' && link !== undefined && p.hasCue(link, 'and')
  if (paired) p.claim(link!, role, undefined, 0)
  if (role === 'sort') {
    p.r.sort = { ...p.r.sort, field: (p.items[j] as FieldItem).field }
    return k
  }
  const kind = role === 'color' || role === 'facet' ? role : 'group'
  p.mention(kind, k, role)
  return k
}

// Chinese puts the verb last: "按天气着色" colors by the field 按 already took as a group.
export function roleAfter(p: Parser, k: number, role: Role): number | undefined {
  if (role !== 'color' && role !== 'facet') return undefined
  if (p.neg) {
    p.r.dropped.push(role)
    p.mention(role, k, 'none')
    return k
  }
  const previous = p.r.roles.find((r) => r.item === k - 1 && r.role === 'group')
  if (!previous) return undefined
  previous.role = role
  p.mention(role, k, role)
  return k
}

export function onAxis(p: Parser, k: number, axis: 'x' | 'y'): number {
  const prev = p.items[k - 1]
  const prevSort = prev?.kind === 'cue' && prev.cues.some((c) => c.kind === 'sort')
    || (prev?.kind === 'word' && p.hasCue(k - 2, 'sort'))
  if (prevSort || p.r.sort?.by === undefined && p.sortPending) {
    p.r.sort = { ...p.r.sort, by: axis }
    p.sortPending = false
    p.mention('sort', k, axis)
    return k
  }
  if (p.claim(k, axis, undefined, 4) !== undefined) p.mention('axis', k, axis)
  return k
}

export function onSort(p: Parser, k: number): number {
  p.sortPending = true
  p.sortClause = true
  p.mention('sort', k, 'sort')
  const j = p.next(k, 4)
  if (j === undefined) return k
  const item = p.items[j]!
  if (item.kind === 'field' && !p.assigned.has(j)) p.assigned.set(j, { role: 'sort' })
  if (p.hasCue(j, 'agg')) {
    p.r.sort = { ...p.r.sort, by: 'y' }
    p.mention('sort', j, 'y')
    return j
  }
  return k
}

export function onUnit(p: Parser, k: number, unit: TimeUnit | 'auto'): number {
  const prev = p.items[k - 1]
  if (prev?.kind === 'num') return k
  p.r.timeUnit = unit
  p.mention('timeUnit', k, unit)
  return k
}

export function onTop(p: Parser, k: number, order: SortOrder, j: number): number {
  const item = p.items[j]!
  if (item.kind !== 'num' || typeof item.value !== 'number') return k
  if (!Number.isInteger(item.value) || item.value <= 0) return k
  p.r.top = { n: item.value, order }
  p.mention('top', k, `${order === 'descending' ? 'top' : 'bottom'} ${item.value}`)
  const after = p.next(j, 1)
  if (after !== undefined && p.text(after) === '名') return after
  return j
}
