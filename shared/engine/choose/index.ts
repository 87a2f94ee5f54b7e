import type { Candidate, ChartIntent, ChartKind, Lang, Profile } from '../types'
import { buildSpec } from './spec'

export { resolve, resolveFilters, swapsFields, type Note, type Resolved } from './resolve'
export { label } from './encode'

const ALTERNATIVES: Record<ChartKind, ChartKind[]> = {
  bar: ['line', 'arc', 'point'],
  histogram: ['tick', 'boxplot'],
  line: ['area', 'bar', 'point'],
  area: ['line', 'bar'],
  point: ['heatmap', 'line'],
  arc: ['bar', 'donut'],
  donut: ['arc', 'bar'],
  heatmap: ['point', 'bar'],
  boxplot: ['tick', 'bar'],
  tick: ['boxplot', 'histogram'],
}

/** Phase 4d: the chosen chart first, then up to two other readings of the same intent. */
export function specFromIntent(
  intent: ChartIntent, profile: Profile, lang: Lang = 'en', confidence = 0.9,
): Candidate[] {
  const byName = new Map(profile.fields.map((f) => [f.name, f]))
  const ctx = { intent, byName, lang }
  const chart = intent.chart ?? 'bar'
  const out: Candidate[] = [{ spec: buildSpec(ctx, chart), confidence, mark: chart }]
  for (const alt of ALTERNATIVES[chart]) {
    if (out.length >= 3) break
    if (!fits(alt, intent, byName)) continue
    const altIntent = { ...intent, chart: alt }
    const score = Math.round(confidence * (out.length === 1 ? 0.5 : 0.3) * 100) / 100
    out.push({ spec: buildSpec({ ...ctx, intent: altIntent }, alt), confidence: score, mark: alt })
  }
  return out
}

function fits(
  chart: ChartKind, intent: ChartIntent, byName: Map<string, { type: string; cardinality: number }>,
): boolean {
  const x = byName.get(intent.x ?? '')
  const y = byName.get(intent.y ?? '')
  const measured = !!intent.y || !!intent.aggregate
  switch (chart) {
    case 'arc': case 'donut':
      return !!x && x.cardinality <= 12 && measured && intent.aggregate !== 'mean' && !intent.color
    case 'line': case 'area':
      return !!x && x.type !== 'nominal' && measured
    case 'point':
      return !!x && measured
    case 'heatmap':
      return !!x && !!y && !intent.aggregate
    case 'tick': case 'boxplot': case 'histogram':
      return x?.type === 'quantitative' && !intent.aggregate
    default:
      return !!x
  }
}
