import type { Aggregate, ChartIntent, ChartKind, TimeUnit, VegaLiteSpec } from '../types'

type Channel = { field?: unknown; aggregate?: unknown; timeUnit?: unknown; bin?: unknown }
type Encoding = Partial<Record<string, Channel>>

const AGGREGATES: readonly string[] = ['count', 'sum', 'mean', 'median', 'min', 'max', 'distinct']
const TIME_UNITS: readonly string[] = [
  'year', 'quarter', 'month', 'yearmonth', 'yearmonthdate', 'day', 'date', 'hours',
]
const MARKS: Record<string, ChartKind> = {
  bar: 'bar', line: 'line', area: 'area', point: 'point', circle: 'point', square: 'point',
  arc: 'arc', rect: 'heatmap', boxplot: 'boxplot', tick: 'tick',
}

const fieldOf = (c: Channel | undefined) => (typeof c?.field === 'string' ? c.field : undefined)
const aggregateOf = (c: Channel | undefined) =>
  (typeof c?.aggregate === 'string' && AGGREGATES.includes(c.aggregate)
    ? c.aggregate as Aggregate : undefined)

/**
 * What a spec the engine did not write (a model's answer) shows, read back as an intent, so
 * the chips name its fields. Best effort: marks, channels and aggregates only.
 */
export function intentFromSpec(spec: VegaLiteSpec): ChartIntent {
  // TODO(#7): the model's filter transforms are not read back; chips show no filters for them.
  const layer = Array.isArray(spec.layer) ? spec.layer[0] as VegaLiteSpec | undefined : undefined
  const rawMark = spec.mark ?? layer?.mark
  const mark = typeof rawMark === 'object' && rawMark !== null ? rawMark as Channel & {
    type?: unknown; innerRadius?: unknown } : { type: rawMark }
  const encoding = (spec.encoding ?? layer?.encoding ?? {}) as Encoding
  const kind = typeof mark.type === 'string' ? MARKS[mark.type] : undefined
  const intent: ChartIntent = { filters: [] }

  if (kind === 'arc') {
    intent.chart = mark.innerRadius ? 'donut' : 'arc'
    intent.x = fieldOf(encoding.color)
    intent.y = fieldOf(encoding.theta)
    intent.aggregate = aggregateOf(encoding.theta)
    return prune(intent)
  }
  if (kind === 'heatmap') {
    Object.assign(intent, { chart: kind, x: fieldOf(encoding.x), y: fieldOf(encoding.y) })
    intent.color = fieldOf(encoding.color)
    intent.aggregate = aggregateOf(encoding.color)
    return prune(intent)
  }

  // Bars that grow to the right carry the measure on x.
  const sideways = !aggregateOf(encoding.y) && !!aggregateOf(encoding.x)
  const [dim, value] = sideways ? [encoding.y, encoding.x] : [encoding.x, encoding.y]
  intent.chart = kind === 'bar' && dim?.bin ? 'histogram' : kind
  intent.x = fieldOf(dim)
  intent.y = fieldOf(value)
  intent.aggregate = aggregateOf(value)
  intent.color = fieldOf(encoding.color)
  if (typeof dim?.timeUnit === 'string' && TIME_UNITS.includes(dim.timeUnit)) {
    intent.timeUnit = dim.timeUnit as TimeUnit
  }
  if (sideways) intent.horizontal = true
  return prune(intent)
}

// Absent channels stay absent rather than present as undefined, as the engine writes intents.
function prune(intent: ChartIntent): ChartIntent {
  return Object.fromEntries(Object.entries(intent).filter(([, v]) => v !== undefined)) as ChartIntent
}
