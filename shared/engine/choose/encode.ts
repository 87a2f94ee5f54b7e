import { aggregateTitle } from '../messages'
import type { ChartIntent, FieldProfile, Lang } from '../types'

export type Channel = Record<string, unknown>

const MAX_YEAR_TICKS = 20

/** "Budget_in_Billions" → "Budget in Billions": axis titles read as words, fields stay exact. */
export function label(field: string): string {
  return field.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim()
}

export interface EncodeContext {
  intent: ChartIntent
  byName: Map<string, FieldProfile>
  lang: Lang
}

/** A category, time or binned position channel. */
export function dimension(ctx: EncodeContext, field: string, chart: string): Channel {
  const profile = ctx.byName.get(field)
  const unit = ctx.intent.x === field ? ctx.intent.timeUnit : undefined
  const channel: Channel = { field, title: label(field) }
  if (unit) {
    channel.timeUnit = unit
    channel.type = unit === 'day' || unit === 'month' || unit === 'hours' || unit === 'quarter'
      ? 'ordinal' : 'temporal'
    if (unit === 'year' && profile?.parse === 'year') channel.type = 'ordinal'
  } else if (profile?.type === 'temporal') {
    channel.type = chart === 'bar' || chart === 'heatmap' ? 'ordinal' : 'temporal'
    // A few years on a time axis otherwise get ticks at "July" between them.
    const fewYears = profile.granularity === 'year' && profile.cardinality <= MAX_YEAR_TICKS
    if (channel.type === 'temporal' && fewYears) channel.axis = { tickCount: 'year', format: '%Y' }
  } else if (profile?.type === 'quantitative') {
    const fewValues = profile.cardinality <= 40
    channel.type = fewValues || chart !== 'bar' ? 'ordinal' : 'quantitative'
    if (!fewValues && chart === 'bar') channel.bin = true
  } else {
    channel.type = profile?.type === 'ordinal' ? 'ordinal' : 'nominal'
  }
  if (chart === 'line' || chart === 'area' || chart === 'point') {
    const numeric = channel.type === 'ordinal' && profile?.type === 'quantitative'
    if (numeric) channel.type = 'quantitative'
  }
  return channel
}

/** The measured value: an aggregate of a field, a raw field, or a row count. */
export function measure(ctx: EncodeContext, field: string | undefined): Channel {
  const op = ctx.intent.aggregate
  if (op === 'count' || !field) {
    const title = aggregateTitle('count', '', ctx.lang)
    return { aggregate: 'count', type: 'quantitative', title }
  }
  const profile = ctx.byName.get(field)
  const channel: Channel = { field, type: 'quantitative', title: label(field) }
  if (op) {
    channel.aggregate = op
    channel.title = aggregateTitle(op, label(field), ctx.lang)
  }
  if (profile && profile.type !== 'quantitative' && !op) channel.type = profile.type
  const format = numberFormat(profile)
  if (format) channel.axis = { format }
  // "12%" is read as 12, in percent: the axis says so rather than scaling it to 1200%.
  if (profile?.parse === 'percent') channel.axis = { labelExpr: `datum.label + '%'` }
  return channel
}

function numberFormat(profile?: FieldProfile): string | undefined {
  if (profile?.parse === 'currency') return '$,.0f'
  const max = typeof profile?.max === 'number' ? Math.abs(profile.max) : 0
  return max >= 1e6 ? '~s' : undefined
}

export function nominal(field: string): Channel {
  return { field, type: 'nominal', title: label(field) }
}
