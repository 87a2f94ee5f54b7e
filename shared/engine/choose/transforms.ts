import type { ChartIntent, FilterSpec } from '../types'

/** Row filters as Vega-Lite field predicates; dates compared by year use DateTime objects. */
export function filterTransforms(filters: FilterSpec[]): Record<string, unknown>[] {
  return filters.map((f) => ({ filter: predicate(f) }))
}

function predicate(f: FilterSpec): Record<string, unknown> {
  const value = (v: unknown) => (f.timeUnit === 'year' && typeof v === 'number' ? { year: v } : v)
  const key = f.op === 'equal' ? 'equal' : f.op
  const raw = Array.isArray(f.value) ? f.value.map(value) : value(f.value)
  const p: Record<string, unknown> = { field: f.field, [key]: raw }
  if (f.timeUnit) p.timeUnit = f.timeUnit
  return f.not ? { not: p } : p
}

/** "Top 10": rank the categories on x by their measure and keep the first n. */
export function topTransforms(intent: ChartIntent): Record<string, unknown>[] {
  const top = intent.top
  if (!top) return []
  const order = top.order
  if (!intent.x || (!intent.aggregate && intent.y)) {
    const field = intent.y ?? intent.x
    // Missing values would sort first and take the places of real ones.
    return [
      { filter: { field, valid: true } },
      { window: [{ op: 'row_number', as: 'rank' }], sort: [{ field, order }] },
      { filter: { field: 'rank', lte: top.n } },
    ]
  }
  const op = intent.aggregate ?? 'count'
  const measure = op === 'count' ? {} : { field: intent.y }
  return [
    { joinaggregate: [{ op, ...measure, as: 'rank_value' }], groupby: [intent.x] },
    { window: [{ op: 'dense_rank', as: 'rank' }], sort: [{ field: 'rank_value', order }] },
    { filter: { field: 'rank', lte: top.n } },
  ]
}
