import type { ChartKind, VegaLiteSpec } from '../types'
import { dimension, label, measure, nominal, type Channel, type EncodeContext } from './encode'
import { filterTransforms, topTransforms } from './transforms'

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json'

/** Phase 4c: one chart kind over the settled intent, as a Vega-Lite v6 spec on data "table". */
export function buildSpec(ctx: EncodeContext, chart: ChartKind): VegaLiteSpec {
  const { intent } = ctx
  const encoding = encode(ctx, chart)
  const transform = [...filterTransforms(intent.filters), ...topTransforms(intent)]
  const spec: VegaLiteSpec = {
    $schema: SCHEMA,
    data: { name: 'table' },
    mark: markOf(chart),
    encoding,
  }
  if (transform.length > 0) spec.transform = transform
  return spec
}

function markOf(chart: ChartKind): Record<string, unknown> {
  switch (chart) {
    case 'histogram': return { type: 'bar', tooltip: true }
    case 'donut': return { type: 'arc', innerRadius: 50, tooltip: true }
    case 'heatmap': return { type: 'rect', tooltip: true }
    case 'boxplot': return { type: 'boxplot' }
    case 'line': return { type: 'line', point: true, tooltip: true }
    default: return { type: chart, tooltip: true }
  }
}

function encode(ctx: EncodeContext, chart: ChartKind): Record<string, Channel> {
  const { intent } = ctx
  const enc: Record<string, Channel> = {}
  if (chart === 'arc' || chart === 'donut') {
    enc.theta = { ...measure(ctx, intent.y), stack: true }
    if (intent.x) enc.color = nominal(intent.x)
  } else if (chart === 'histogram') {
    enc.x = { field: intent.x, type: 'quantitative', bin: { maxbins: 20 }, title: label(intent.x!) }
    enc.y = measure({ ...ctx, intent: { ...intent, aggregate: 'count' } }, undefined)
  } else if (chart === 'heatmap') {
    if (intent.x) enc.x = { ...dimension(ctx, intent.x, chart), type: 'ordinal' }
    if (intent.y) enc.y = { ...dimension(ctx, intent.y, chart), type: 'ordinal' }
    enc.color = measure(ctx, intent.color)
  } else if (chart === 'point') {
    if (intent.x) enc.x = pointChannel(ctx, intent.x, chart)
    if (intent.y || intent.aggregate) enc.y = measure(ctx, intent.y)
  } else if (chart === 'boxplot' || chart === 'tick') {
    Object.assign(enc, spread(ctx, chart))
  } else {
    if (intent.x) enc.x = dimension(ctx, intent.x, chart)
    if (intent.y || intent.aggregate) enc.y = measure(ctx, intent.y)
  }
  if (intent.color && chart !== 'heatmap') enc.color = colorChannel(ctx, intent.color)
  // Averages (or medians, extremes) do not add up, so their bars stand side by side unless
  // stacking was asked for.
  const additive = !intent.aggregate || intent.aggregate === 'count' || intent.aggregate === 'sum'
  const sideBySide = intent.layout === 'grouped' || (!additive && !intent.layout)
  if (intent.color && chart === 'bar' && sideBySide) {
    enc.xOffset = nominal(intent.color)
  }
  if (intent.layout === 'normalized' && enc.y) enc.y.stack = 'normalize'
  if (intent.facet) enc.facet = { ...nominal(intent.facet), columns: 3 }
  applySort(ctx, chart, enc)
  if (intent.horizontal && !swapsFieldsChart(chart)) turnSideways(enc)
  return enc
}

function swapsFieldsChart(chart: ChartKind): boolean {
  return chart === 'arc' || chart === 'donut' || chart === 'point' || chart === 'heatmap'
}

function turnSideways(enc: Record<string, Channel>): void {
  const { x, y, xOffset } = enc
  delete enc.x
  delete enc.y
  delete enc.xOffset
  if (y) enc.x = y
  if (x) enc.y = typeof x.sort === 'string' ? { ...x, sort: x.sort.replace('y', 'x') } : x
  if (xOffset) enc.yOffset = xOffset
}

// Box and strip plots show raw values: the numeric field on a continuous axis, the category
// (if any) on the other.
function spread(ctx: EncodeContext, chart: ChartKind): Record<string, Channel> {
  const { x, y } = ctx.intent
  const numeric = (f?: string) => !!f && ctx.byName.get(f)?.type === 'quantitative'
  const value = numeric(y) ? y : numeric(x) ? x : undefined
  const group = value === y ? x : y
  const enc: Record<string, Channel> = {}
  if (value) enc.x = { field: value, type: 'quantitative', title: label(value) }
  if (group) enc.y = dimension(ctx, group, chart)
  if (value === y && group) return { x: enc.y!, y: enc.x! }
  return enc
}

function pointChannel(ctx: EncodeContext, field: string, chart: ChartKind): Channel {
  const profile = ctx.byName.get(field)
  if (profile?.type === 'quantitative') return { field, type: 'quantitative', title: label(field) }
  return dimension(ctx, field, chart)
}

function colorChannel(ctx: EncodeContext, field: string): Channel {
  const profile = ctx.byName.get(field)
  const type = profile?.type === 'quantitative' && profile.cardinality > 12 ? 'quantitative'
    : profile?.type === 'temporal' ? 'ordinal' : 'nominal'
  return { field, type, title: label(field) }
}

function applySort(ctx: EncodeContext, chart: ChartKind, enc: Record<string, Channel>): void {
  const sort = ctx.intent.sort
  const category = chart === 'arc' || chart === 'donut' ? enc.color : enc.x
  if (!category || category.bin || category.type === 'quantitative') return
  if (!sort) {
    const sortable = category.type === 'nominal' && enc.y?.aggregate && chart === 'bar'
    if (sortable && !ctx.intent.color) category.sort = '-y'
    return
  }
  const sign = sort.order === 'descending' ? '-' : ''
  if (chart === 'arc' || chart === 'donut') {
    enc.theta!.sort = sort.order
    if (sort.by === 'y') category.sort = `${sign}theta`
    else category.sort = sort.order
    return
  }
  category.sort = sort.by === 'y' && enc.y ? `${sign}y` : sort.order
}
