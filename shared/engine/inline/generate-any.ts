// Generation when the data may be in the prompt itself. The prompt's data becomes a table,
// the rest of the prompt goes to the engine, and the rows are put inside every spec, so the
// chart needs nothing else to render.
import { generate, specFromState, type GenerateResult } from '../index'
import { normalizeRows, profileTable } from '../profile/index'
import type {
  Candidate, ChartIntent, EngineState, Lang, Profile, Row, Table, VegaLiteSpec,
} from '../types'
import { extractInline } from './index'
import { promptLang } from './messages'
import type { InlineResult } from './types'

export interface GenerateAnyInput {
  prompts: string[]
  table?: Table
  lang?: Lang
}

type Parsed = Extract<InlineResult, { table: Table }>

/** Replaces every reference to the named table with the rows themselves. */
export function inlineValues(spec: unknown, values: Row[]): unknown {
  if (Array.isArray(spec)) return spec.map(s => inlineValues(s, values))
  if (typeof spec !== 'object' || spec === null) return spec
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(spec)) {
    const named = key === 'data' && (value as { name?: unknown } | null)?.name === 'table'
    out[key] = named ? { values } : inlineValues(value, values)
  }
  return out
}

/** A label column in the order typed: "oranges 50, apples 30" stays in that order. */
function keepTypedOrder(table: Table, profile: Profile): Profile {
  const fields = profile.fields.map(f => (f.name === 'label' && f.type === 'nominal' && !f.order
    ? { ...f, order: table.rows.map(r => String(r.label)) }
    : f))
  return { ...profile, fields }
}

/** Sorts ordered labels (months, quarters, typed order) by that order unless a sort is set. */
export function applyOrder(spec: VegaLiteSpec, profile: Profile): VegaLiteSpec {
  const orders = new Map(profile.fields.filter(f => f.order).map(f => [f.name, f.order!]))
  const sortEncoding = (encoding: unknown) => {
    if (typeof encoding !== 'object' || encoding === null) return encoding
    const out: Record<string, unknown> = {}
    for (const [channel, def] of Object.entries(encoding)) {
      const d = def as { field?: string; sort?: unknown; timeUnit?: unknown } | null
      const order = d?.field ? orders.get(d.field) : undefined
      const unsorted = order && d!.sort === undefined && d!.timeUnit === undefined
      out[channel] = unsorted ? { ...d, sort: order } : def
    }
    return out
  }
  const layer = Array.isArray(spec.layer)
    ? { layer: spec.layer.map(l => applyOrder(l as VegaLiteSpec, profile)) }
    : {}
  return { ...spec, ...(spec.encoding ? { encoding: sortEncoding(spec.encoding) } : {}), ...layer }
}

/** Curves are drawn from hundreds of samples: a dot on each would hide the line. */
function withoutPoints(candidate: Candidate): Candidate {
  const mark = candidate.spec.mark
  if (typeof mark !== 'object' || mark === null) return candidate
  return { ...candidate, spec: { ...candidate.spec, mark: { ...mark, point: false } } }
}

/** What a table typed into the prompt shows before anything is asked: values by label. */
function defaultIntent(profile: Profile): ChartIntent | null {
  const usable = profile.fields.filter(f => !f.idLike)
  // Numbered labels (1, 2, 3 for "my weight: 72.5, 71.8, …") look like ids but are the axis.
  const x = usable.find(f => f.type !== 'quantitative')
    ?? profile.fields.find(f => f.idLike)
    ?? usable[0]
  const y = usable.find(f => f.type === 'quantitative' && f !== x)
  if (!x || !y) return null
  return { chart: x.type === 'temporal' ? 'line' : 'bar', x: x.name, y: y.name, filters: [] }
}

/** "stacked bars by region" over a table with one more category: that category is stacked. */
function withStackColor(result: GenerateResult, profile: Profile): GenerateResult {
  if (!result.ok) return result
  const { intent } = result.state
  if (!intent.layout || intent.color || intent.chart !== 'bar') return result
  const used = new Set([intent.x, intent.y, intent.facet])
  const color = profile.fields.find(f => f.type !== 'quantitative' && !used.has(f.name))
  if (!color) return result
  const state = { ...result.state, intent: { ...intent, color: color.name } }
  const understood = { ...result.understood, intent: state.intent }
  return { ...result, state, understood, specs: specFromState(state, profile) }
}

/** Starts from the default chart and applies what the prompt asks as a refinement of it. */
function refineDefault(
  table: Table, profile: Profile, followUps: string[], first: string, lang: Lang,
): GenerateResult | null {
  const intent = defaultIntent(profile)
  if (!intent) return null
  const state: EngineState = { intent, prompts: [first], lang }
  if (followUps.length > 0) {
    return generate({ table, profile, prompts: followUps, previous: state, lang })
  }
  return {
    ok: true,
    specs: specFromState(state, profile),
    understood: { prompt: first, mentions: [], intent },
    warnings: [],
    state,
  }
}

/**
 * A pasted table with several measures ("quarter, revenue, cost") and none named in the prompt:
 * every measure is shown, the table folded to one row per label and measure, told apart by color
 * (lines over ordered labels, bars side by side otherwise). Undefined when that does not apply.
 */
function foldMeasures(
  result: GenerateResult, table: Table, profile: Profile,
): { result: GenerateResult, table: Table, profile: Profile } | undefined {
  if (!result.ok) return undefined
  const { intent } = result.state
  const measures = profile.fields.filter(f => f.type === 'quantitative' && !f.idLike)
  const named = result.understood.mentions.some(m => measures.some(f => f.name === m.field))
  if (measures.length < 2 || named || intent.color || intent.facet || intent.aggregate) return undefined
  if (intent.y !== measures[0]!.name || !intent.x || measures.some(f => f.name === intent.x)) {
    return undefined
  }
  const x = intent.x
  const series = ['series', 'measure', 'key'].find(n => !table.columns.includes(n))!
  const value = ['value', 'amount', 'number'].find(n => !table.columns.includes(n))!
  const folded: Table = {
    columns: [x, series, value],
    rows: table.rows.flatMap(row => measures.map(m => ({ [x]: row[x], [series]: m.name, [value]: row[m.name] }))),
  }
  const foldedProfile = profileTable(folded)
  const order = profile.fields.find(f => f.name === x)?.order
  const fields = foldedProfile.fields.map((f) => {
    if (f.name === x && order) return { ...f, order }
    if (f.name === series) return { ...f, order: measures.map(m => m.name) }
    return f
  })
  const grouped = intent.chart === 'bar' ? { layout: 'grouped' as const } : {}
  const next: ChartIntent = { ...intent, y: value, color: series, ...grouped }
  const state: EngineState = { ...result.state, intent: next }
  const withOrder = { ...foldedProfile, fields }
  return {
    table: folded,
    profile: withOrder,
    result: { ...result, state, understood: { ...result.understood, intent: next }, specs: specFromState(state, withOrder) },
  }
}

function tableResult(parsed: Parsed, profile: Profile, prompts: string[], lang: Lang) {
  const { table } = parsed
  const followUps = [parsed.instruction, ...prompts.slice(1)].filter(p => p.trim() !== '')
  // A prompt that names its measure ("profit by region") is a request of its own. One that
  // does not ("as a pie", "stacked by region") refines the chart a typed table implies: its
  // labels against its numbers. Typed number lists never name "label" or "value".
  const fresh = parsed.kind === 'table' && followUps.length > 0
    ? generate({ table, profile, prompts: followUps, lang })
    : null
  if (fresh?.ok && fresh.understood.intent.y) return fresh
  return refineDefault(table, profile, followUps, prompts[0]!, lang)
    ?? fresh
    ?? generate({ table, profile, prompts: followUps.length > 0 ? followUps : prompts, lang })
}

function formulaResult(
  parsed: Parsed, profile: Profile, prompts: string[], lang: Lang,
): GenerateResult {
  const several = parsed.table.columns.includes('function')
  const intent: ChartIntent = {
    chart: 'line', x: 'x', y: 'y', filters: [], ...(several ? { color: 'function' } : {}),
  }
  const state: EngineState = { intent, prompts: [prompts[0]!], lang }
  const followUps = [parsed.instruction, ...prompts.slice(1)].filter(p => p.trim() !== '')
  const refined = followUps.length > 0
    ? generate({ table: parsed.table, profile, prompts: followUps, previous: state, lang })
    : null
  if (refined && !refined.ok) return refined
  const result: GenerateResult = refined ?? {
    ok: true,
    specs: specFromState(state, profile),
    understood: { prompt: prompts[0]!, mentions: [], intent },
    warnings: [],
    state,
  }
  if (!result.ok) return result
  return { ...result, specs: result.specs.map(withoutPoints) }
}

export function generateAny(input: GenerateAnyInput): GenerateResult {
  const lang = input.lang ?? promptLang(input.prompts[0] ?? '')
  if (input.table) {
    const profile = profileTable(input.table)
    return generate({ table: input.table, profile, prompts: input.prompts, lang })
  }
  const parsed = extractInline(input.prompts[0] ?? '', lang)
  // No data in the prompt: the engine explains what it needs.
  if (!parsed) return generate({ prompts: input.prompts, lang })
  if (parsed.kind === 'error') return { ok: false, error: parsed.error }

  let table = parsed.table
  let profile = profileTable(table)
  let result: GenerateResult
  if (parsed.kind === 'formula') result = formulaResult(parsed, profile, input.prompts, lang)
  else {
    profile = keepTypedOrder(table, profile)
    result = withStackColor(tableResult(parsed, profile, input.prompts, lang), profile)
    const folded = parsed.kind === 'table' ? foldMeasures(result, table, profile) : undefined
    if (folded) ({ result, table, profile } = folded)
  }
  if (!result.ok) return result

  const values = normalizeRows(table, profile)
  const specs = result.specs.map(c => ({
    ...c,
    spec: inlineValues(applyOrder(c.spec, profile), values) as VegaLiteSpec,
  }))
  const warnings = [...parsed.warnings, ...result.warnings]
  return { ...result, specs, warnings, table }
}
