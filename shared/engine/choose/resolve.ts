import type { Aggregate, ChartIntent, FieldProfile, FilterSpec, Profile } from '../types'
import { isYear, type FieldRole, type LooseFilter, type Reading } from '../understand'
import { pickChart } from './pick-chart'

/** A guess the engine made while settling the chart; explain turns these into warnings. */
export interface Note {
  code: 'unusedField' | 'filterNoField' | 'timeUnitIgnored' | 'countAssumed' | 'chartAdjusted'
    | 'manySlices'
  params: Record<string, string | number>
  mention?: number
}

export interface Resolved {
  intent: ChartIntent
  notes: Note[]
  /** The chart kind was inferred rather than asked for. */
  inferredChart: boolean
}

const TIME_UNIT_ON_NUMBERS = new Set(['year'])

/** Phase 4a: give every mentioned field a channel and fill what the prompt left open. */
export function resolve(reading: Reading, profile: Profile): Resolved | undefined {
  const byName = new Map(profile.fields.map((f) => [f.name, f]))
  const notes: Note[] = []
  const roles = prepareRoles(reading, byName)
  const of = (role: FieldRole['role']) => roles.filter((r) => r.role === role)
  const used = new Set<string>()
  const take = (r: FieldRole | undefined) => {
    if (r) used.add(r.field)
    return r
  }

  const measures = of('measure').filter((m) => m.aggregate !== 'count')
  // "number of X" counts rows; X is then the category more often than a measure.
  const counted = of('measure').filter((m) => m.aggregate === 'count')
  // "A and B, grouped by C": A and B are the axes and C the color.
  const pairThenGroup = of('plain').length >= 2 && measures.length === 0
  const xRole = take(of('x')[0] ?? of('over')[0] ?? (pairThenGroup ? undefined : of('group')[0]))
  const measure = take(of('y')[0] ?? measures.find((m) => m.field !== xRole?.field))
  let x = xRole?.field
  let y = measure?.field
  let aggregate: Aggregate | undefined = measure?.aggregate
    ?? measures.find((m) => m.field === y)?.aggregate
    ?? (counted.length > 0 ? 'count' : undefined)
  let color = take(of('color')[0] ?? of('group').find((g) => !used.has(g.field)))?.field
  const facet = take(of('facet')[0])?.field
  const plains = [...of('plain'), ...counted, ...of('group'), ...of('over'), ...of('measure')]
    .filter((r) => !used.has(r.field))
    .sort((a, b) => a.mention - b.mention)
  if (!x && !y) plains.push(...reading.roles.filter((r) => r.role === 'sort'))
  for (const plain of plains) {
    if (used.has(plain.field)) continue
    if (!x) x = plain.field
    else if (!y && aggregate !== 'count') y = plain.field
    else if (!color && reading.chart !== 'arc' && reading.chart !== 'histogram') color = plain.field
    else {
      notes.push({ code: 'unusedField', params: { field: plain.field }, mention: plain.mention })
      continue
    }
    used.add(plain.field)
  }
  // A lone grouping field is the category axis, not a color over nothing.
  if (!x && color && !facet) [x, color] = [color, undefined]
  if (!aggregate && y && reading.sort?.aggregate && reading.sort.field === y) {
    aggregate = reading.sort.aggregate
  }
  if (!aggregate && reading.aggregates.length > 0) {
    const op = reading.aggregates[0]!
    // "每月的降水总量" (precipitation total per month): the aggregate follows its number field.
    if (!y && op !== 'count' && x && byName.get(x)?.type === 'quantitative') [x, y] = [undefined, x]
    aggregate = y && op !== 'count' ? op : 'count'
  }
  // Names cannot be averaged or summed: "max director" counts directors instead.
  const yType = byName.get(y ?? '')?.type
  const swapsLater = byName.get(x ?? '')?.type === 'quantitative'
  if (y && aggregate && aggregate !== 'count' && aggregate !== 'distinct' && !swapsLater
    && (yType === 'nominal' || yType === 'ordinal')) {
    // "average rating": of the fields the word could name, the one holding numbers.
    const said = reading.mentions[measure?.mention ?? -1]?.alternatives ?? []
    const numeric = said.find((f) => byName.get(f)?.type === 'quantitative')
    if (numeric) y = numeric
    else {
      if (!x) x = y
      aggregate = 'count'
    }
  }
  if (aggregate === 'count') y = undefined
  if (aggregate && aggregate !== 'count' && !y) aggregate = 'count'
  if (!x && y && !aggregate) [x, y] = [y, undefined]
  if (!x && !y && !aggregate) {
    const time = profile.fields.find((f) => f.type === 'temporal')
    if (reading.timeUnit && time) x = time.name
    else return undefined
  }

  const type = (f?: string) => (f ? byName.get(f)?.type : undefined)
  const explicitAxes = of('x').length > 0 || of('y').length > 0
  if (!explicitAxes && x && y && shouldSwap(type(x), type(y), reading.chart)) [x, y] = [y, x]
  const horizontal = reading.swap && !swapsFields(reading.chart)
  if (reading.swap && !horizontal) [x, y] = [y, x]

  let timeUnit = reading.timeUnit
  const time = profile.fields.find((f) => f.type === 'temporal')
  const unitAsked = timeUnit === 'auto' || !timeUnit ? 'year' : timeUnit
  const xIsTime = isTimeLike(byName.get(x ?? ''), unitAsked)
  // "wind by weekday", "precipitation over time": the measure is plotted against the date.
  // "GOOG price since 2006" on a time series: a condition on the dates puts them on x.
  const timeFiltered = !!time && time.cardinality >= 20 && reading.filters.some((f) =>
    f.field === time.name || (!f.field && f.op !== 'equal' && allYears(f.value)))
  const overTime = timeUnit !== undefined || reading.tasks.includes('trend') || timeFiltered
  const named = reading.roles.some((r) => r.field === time?.name)
  const lines = reading.chart === 'line' || reading.chart === 'area'
  const mentionedTime = roles.find((r) => r.field !== x && isTimeLike(byName.get(r.field), 'year'))
  if (lines && !xIsTime && x && mentionedTime && (!color || color === mentionedTime.field)) {
    // "number of accounts per year as lines grouped by details": time runs along x.
    color = x
    x = mentionedTime.field
    if (y === x) y = undefined
  } else if ((reading.tasks.includes('trend') || (timeFiltered && !aggregate)) && !xIsTime && time
    && !named && x && y && !color) {
    // "price over time by symbol": the category becomes the series.
    color = x
    x = time.name
  } else if (overTime && !xIsTime && time && (!x || (type(x) === 'quantitative' && !y))) {
    if (x) {
      y = x
      if (timeUnit && !aggregate) aggregate = 'mean'
    }
    x = time.name
  } else if (timeUnit && timeUnit !== 'auto' && !xIsTime && time && x && !color
    && type(x) === 'nominal' && (!y || aggregate === 'count')) {
    // "weather types by month": months along x, one color per type.
    color = x
    x = time.name
  } else if (timeUnit && !xIsTime) {
    notes.push({ code: 'timeUnitIgnored', params: { unit: timeUnit } })
    timeUnit = undefined
  }
  // "top 10 cars by mpg" ranks rows: one bar per row, named by the table's label column.
  const labelField = reading.top && x && !y && !aggregate && type(x) === 'quantitative'
    ? rowLabel(profile, x) : undefined
  if (labelField) [x, y] = [labelField, x]

  const intent: ChartIntent = {
    x, y, aggregate, color, facet, timeUnit: timeUnit === 'auto' ? undefined : timeUnit,
    filters: resolveFilters(reading.filters, byName, { x, y }, notes),
  }
  // Raw values over dates that repeat are several series ("price since 2008" over five stocks):
  // one line each, told apart by the category that splits them.
  const xField = byName.get(x ?? '')
  if (!intent.color && !facet && xField?.type === 'temporal' && y && !aggregate
    && xField.cardinality < profile.rowCount * 0.9) {
    intent.color = profile.fields.find((f) => f.type === 'nominal' && f.cardinality >= 2
      && f.cardinality <= 12 && !intent.filters.some((g) => g.field === f.name && g.op === 'equal'))?.name
  }
  // "AAPL vs MSFT price", "for Japan and Europe": the listed values are told apart by color.
  const listed = intent.filters.find((f) => f.op === 'oneOf' && !f.not && f.field !== x
    && f.field !== y && byName.get(f.field)?.type === 'nominal')
  if (listed && !intent.color && !facet && reading.chart !== 'arc' && reading.chart !== 'donut') {
    intent.color = listed.field
  }
  const picked = pickChart(intent, reading, byName, notes)
  intent.chart = picked.chart
  if (x && !y && !intent.aggregate && intent.chart !== 'histogram' && intent.chart !== 'boxplot'
    && intent.chart !== 'tick') {
    intent.aggregate = 'count'
    notes.push({ code: 'countAssumed', params: {} })
  }
  const unit = defaultTimeUnit(intent, byName.get(x ?? ''), timeUnit === 'auto')
  if (unit) intent.timeUnit = unit
  if (horizontal) intent.horizontal = true
  if (reading.layout) intent.layout = reading.layout
  if (reading.top) intent.top = reading.top
  const sort = resolveSort(reading, intent)
  if (sort) intent.sort = sort
  return { intent, notes, inferredChart: picked.inferred }
}

// Aggregating over raw dates draws one mark per timestamp; group them instead. Lines read
// best by year, bars by a recurring unit (month when asked "by time", weekday otherwise).
function defaultTimeUnit(
  intent: ChartIntent, x: FieldProfile | undefined, asked: boolean,
): ChartIntent['timeUnit'] {
  if (intent.timeUnit || !x || !intent.aggregate) return undefined
  if (!asked && x.type !== 'temporal') return undefined
  if (!isTimeLike(x, 'year')) return undefined
  if (x.parse === 'year' || x.granularity === 'year') return 'year'
  if (intent.chart === 'line' || intent.chart === 'area') return 'year'
  if (intent.chart === 'bar') return asked ? 'month' : 'day'
  return undefined
}

const IGNORED_ROLES = new Set(['sort', 'filter', 'modifier'])

function prepareRoles(reading: Reading, byName: Map<string, FieldProfile>): FieldRole[] {
  const measured = new Set(reading.roles.filter((r) => r.role === 'measure').map((r) => r.field))
  const roles = reading.roles
    .filter((r) => !IGNORED_ROLES.has(r.role))
    // "total enrollment ... for each enrollment type": the measure is not also the category.
    .filter((r) => r.role !== 'group' || !measured.has(r.field))
    .map((r) => (r.sumIfNumeric && byName.get(r.field)?.type === 'quantitative'
      ? { ...r, aggregate: 'sum' as const } : r))
  // "for male and female students" lists every value: a grouping, not a filter.
  for (const f of reading.filters) {
    const profile = f.field ? byName.get(f.field) : undefined
    const listed = Array.isArray(f.value) ? f.value.length : 0
    const all = profile?.values?.length ?? Infinity
    if (!profile || f.not || f.op !== 'oneOf' || listed < all) continue
    reading.filters = reading.filters.filter((g) => g !== f)
    roles.push({ field: profile.name, role: 'group', mention: f.mention })
  }
  // "for each teacher" guessed as Teacher_ID names the rows, not a column to chart.
  const entity = (r: FieldRole) => {
    const m = reading.mentions[r.mention]
    return !!m?.guessed && /(^|_|[a-z])(id|Id|ID)$/.test(r.field) && !/\bids?\b/i.test(m.text)
  }
  const others = roles.filter((r) => !entity(r))
  return others.length > 0 ? others : roles
}

/** Swapping a scatter's axes swaps its fields; a bar chart is turned on its side instead. */
export function swapsFields(chart?: string): boolean {
  return chart === 'point' || chart === 'heatmap' || chart === 'tick'
}

function shouldSwap(tx?: string, ty?: string, chart?: string): boolean {
  if (chart === 'point' || chart === 'heatmap') return false
  const category = (t?: string) => t === 'nominal' || t === 'ordinal' || t === 'temporal'
  return tx === 'quantitative' && category(ty)
}

/** The column that names each row ("Name", "title"): text, nearly unique per row. */
function rowLabel(profile: Profile, except: string): string | undefined {
  const texts = profile.fields.filter((f) => f.name !== except && f.type === 'nominal'
    && f.parse === 'text' && f.cardinality >= profile.rowCount * 0.5)
  return (texts.find((f) => /name|title|label/i.test(f.name)) ?? texts[0])?.name
}

function isTimeLike(field: FieldProfile | undefined, unit: string): boolean {
  if (!field) return false
  if (field.type === 'temporal') return true
  return field.parse === 'year' && TIME_UNIT_ON_NUMBERS.has(unit)
}

function resolveSort(reading: Reading, intent: ChartIntent): ChartIntent['sort'] {
  const s = reading.sort
  if (!s && !intent.top) return undefined
  const order = s?.order ?? intent.top?.order ?? 'ascending'
  let by = s?.by
  if (!by && s?.field) by = s.field === intent.x ? 'x' : 'y'
  if (!by) by = intent.chart === 'line' || intent.chart === 'area' ? 'x' : 'y'
  return { by, order }
}

/** A year, or a range or list of them. */
const allYears = (value: unknown): boolean => [value].flat().every(isYear)

/** "AAPL vs MSFT": two values of one field are either of them, never both at once. */
function mergeEquals(loose: LooseFilter[]): LooseFilter[] {
  const out: LooseFilter[] = []
  for (const f of loose) {
    const same = f.op === 'equal' && !f.not && f.field
      ? out.find((g) => g.field === f.field && !g.not && (g.op === 'equal' || g.op === 'oneOf'))
      : undefined
    if (!same) {
      out.push({ ...f })
      continue
    }
    const values = [same.value, f.value].flat()
    Object.assign(same, { op: 'oneOf', value: [...new Set(values)] })
  }
  return out
}

export function resolveFilters(
  loose: LooseFilter[], byName: Map<string, FieldProfile>,
  axes: { x?: string; y?: string }, notes: Note[],
): FilterSpec[] {
  const out: FilterSpec[] = []
  // Years go to a column of years first ("races held between 2009 and 2011"), then to a date.
  const time = [...byName.values()].find((f) => f.parse === 'year')?.name
    ?? [axes.x, ...byName.keys()].find((f) => f && byName.get(f)?.type === 'temporal')
  for (const { mention, field: named, ...rest } of mergeEquals(loose)) {
    const yearLike = allYears(rest.value)
    const numeric = [axes.y, axes.x].find((f) => f && byName.get(f)?.type === 'quantitative')
    // "by symbol since 2005": a comparison cannot apply to a category; it is about time.
    const ordered = named && byName.get(named)?.type !== 'nominal'
    const comparison = rest.op !== 'equal' && rest.op !== 'oneOf'
    const usable = named && (ordered || !comparison || typeof rest.value === 'string')
    const field = usable ? named : (yearLike && time ? time : numeric)
    if (!field) {
      notes.push({ code: 'filterNoField', params: {}, mention })
      continue
    }
    const filter: FilterSpec = { field, ...rest }
    if (byName.get(field)?.type === 'temporal' && byName.get(field)?.parse !== 'year' && yearLike) {
      filter.timeUnit = 'year'
    }
    if (filter.not === undefined) delete filter.not
    out.push(filter)
  }
  return out
}
