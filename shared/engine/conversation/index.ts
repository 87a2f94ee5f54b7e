import { resolveFilters, swapsFields, type Note } from '../choose'
import type { ChartIntent, Profile } from '../types'
import type { Reading } from '../understand'

/**
 * Phase 6: a follow-up changes only what it names. "as a line chart" swaps the chart kind,
 * "color by origin" sets a channel, "only Japan" adds a filter, "median instead" the aggregate.
 */
export function refine(
  previous: ChartIntent, reading: Reading, profile: Profile,
): { intent: ChartIntent; notes: Note[] } {
  const next: ChartIntent = { ...previous, filters: [...previous.filters] }
  const notes: Note[] = []
  if (reading.chart) next.chart = reading.chart
  for (const channel of reading.dropped) {
    if (channel === 'color') delete next.color
    else delete next.facet
  }
  applyRoles(next, reading, profile)
  applyFilters(next, reading, profile, notes)
  if (reading.aggregates.length > 0) {
    const op = reading.aggregates[0]!
    next.aggregate = op
    if (op === 'count') delete next.y
  }
  if (reading.timeUnit && reading.timeUnit !== 'auto') next.timeUnit = reading.timeUnit
  if (reading.layout) next.layout = reading.layout
  if (reading.top) next.top = reading.top
  if (reading.sort) {
    const by = reading.sort.by ?? (reading.sort.field === next.x ? 'x' : 'y')
    next.sort = { by, order: reading.sort.order ?? 'ascending' }
  }
  if (reading.swap && swapsFields(next.chart)) [next.x, next.y] = [next.y, next.x]
  else if (reading.swap) next.horizontal = !next.horizontal
  if (!next.chart) next.chart = 'bar'
  return { intent: next, notes }
}

/** True when a prompt reads as a new request rather than a change to the current chart. */
export function isNewRequest(reading: Reading): boolean {
  const fields = new Set(reading.roles.filter((r) => r.role !== 'filter').map((r) => r.field))
  const refining = reading.add || reading.replace || reading.swap || reading.negated
  return !refining && fields.size >= 2 && reading.chart !== undefined
}

function applyRoles(next: ChartIntent, reading: Reading, profile: Profile): void {
  const replaced = new Set<string>()
  for (const role of reading.roles) {
    switch (role.role) {
      case 'color': next.color = role.field; break
      case 'facet': next.facet = role.field; break
      case 'x': case 'over': next.x = role.field; break
      case 'y': next.y = role.field; break
      case 'measure':
        next.y = role.aggregate === 'count' ? undefined : role.field
        next.aggregate = role.aggregate
        break
      case 'group':
        if (next.x && next.x !== role.field) next.color = role.field
        else next.x = role.field
        break
      case 'plain':
        addPlain(next, role.field, reading, profile, replaced)
        break
      default:
        break
    }
  }
}

// "add cylinders" fills the first free channel, "weight instead" replaces the measure, and
// "remove cylinders" takes a field off the chart.
function addPlain(
  next: ChartIntent, field: string, reading: Reading, profile: Profile, replaced: Set<string>,
): void {
  if (reading.negated && !reading.filters.some((f) => f.field === field)) {
    if (next.color === field) delete next.color
    if (next.facet === field) delete next.facet
    return
  }
  if (field === next.x || field === next.y || field === next.color || replaced.size > 0) return
  const type = profile.fields.find((f) => f.name === field)?.type
  if (reading.replace && type === 'quantitative' && next.y) {
    next.y = field
    replaced.add(field)
    return
  }
  if (!next.x) next.x = field
  else if (!next.y && type === 'quantitative' && next.aggregate !== 'count') next.y = field
  else if (!next.color || reading.add) next.color = field
}

function applyFilters(
  next: ChartIntent, reading: Reading, profile: Profile, notes: Note[],
): void {
  // "show all again": earlier conditions and the top-N cut go; new ones may follow.
  if (reading.reset) {
    next.filters = []
    delete next.top
  }
  const byName = new Map(profile.fields.map((f) => [f.name, f]))
  for (const filter of resolveFilters(reading.filters, byName, next, notes)) {
    next.filters = next.filters.filter((f) => f.field !== filter.field)
    next.filters.push(filter)
  }
}
