import type { ChartIntent, ChartKind, FieldProfile } from '../types'
import type { Reading } from '../understand'
import type { Note } from './resolve'

const MAX_SLICES = 7
const HISTOGRAM_MIN_VALUES = 15

/** Phase 4b: the chart asked for, or the one that suits the fields when none was named. */
export function pickChart(
  intent: ChartIntent, reading: Reading, byName: Map<string, FieldProfile>, notes: Note[],
): { chart: ChartKind; inferred: boolean } {
  const x = byName.get(intent.x ?? '')
  const y = byName.get(intent.y ?? '')
  const asked = reading.chart
  if (asked === 'histogram') {
    // People say "histogram" for bars of counts too; only a numeric field gets bins.
    const binnable = x?.type === 'quantitative' && !intent.y && !intent.timeUnit
      && x.cardinality > HISTOGRAM_MIN_VALUES
    if (!binnable) notes.push({ code: 'chartAdjusted', params: { requested: asked, chart: 'bar' } })
    return { chart: binnable ? 'histogram' : 'bar', inferred: false }
  }
  if (asked) {
    if ((asked === 'arc' || asked === 'donut') && x && x.cardinality > MAX_SLICES * 3) {
      notes.push({ code: 'manySlices', params: { n: x.cardinality } })
    }
    return { chart: asked, inferred: false }
  }
  return { chart: inferChart(intent, reading, x, y), inferred: true }
}

function inferChart(
  intent: ChartIntent, reading: Reading, x?: FieldProfile, y?: FieldProfile,
): ChartKind {
  const tasks = new Set(reading.tasks)
  const temporalX = x?.type === 'temporal' || (x?.parse === 'year' && !!intent.timeUnit)
  const fewSlices = x !== undefined && x.cardinality <= MAX_SLICES
  if (tasks.has('part') && fewSlices) return 'arc'
  // Time on x is a line only when change is the point; "each date", "bin by year" compare bars.
  // Raw values along many dates (a time series) read as a line too.
  const series = !intent.aggregate && !!intent.y && (x?.cardinality ?? 0) >= 20
  if (temporalX) return tasks.has('trend') || series ? 'line' : 'bar'
  if (tasks.has('trend') && x && (x.type !== 'nominal') && intent.y) return 'line'
  if (x?.type === 'quantitative' && y?.type === 'quantitative' && !intent.aggregate) return 'point'
  if (x?.type === 'quantitative' && !intent.y && !intent.color) {
    return x.cardinality > HISTOGRAM_MIN_VALUES ? 'histogram' : 'bar'
  }
  const spread = x?.type === 'nominal' && y?.type === 'quantitative' && !intent.aggregate
  if (tasks.has('dist') && spread) {
    return 'boxplot'
  }
  return 'bar'
}
