import type { Lang, VegaLiteSpec } from '../../shared/engine/types'
import type { MinuteFigures } from '../metrics'
import type { ChartStats, GenerationStats } from '../repositories'
import { adminTexts } from './messages'
import type { AdminChart } from './messages'

export interface AdminFigures {
  minutes: MinuteFigures[]
  generations: GenerationStats
  charts: ChartStats
}

type Rows = Record<string, unknown>[]

export interface AdminChartSpec {
  name: AdminChart
  spec: VegaLiteSpec
  rows: Rows
}

const WIDTH = 440
const HEIGHT = 200

/** Success rate per engine, in percent, from the counts by engine and outcome. */
export function successRates(stats: GenerationStats): { engine: string; rate: number; total: number }[] {
  const totals = new Map<string, { ok: number; total: number }>()
  for (const row of stats.byEngine) {
    const entry = totals.get(row.engine) ?? { ok: 0, total: 0 }
    entry.total += row.count
    if (row.ok) entry.ok += row.count
    totals.set(row.engine, entry)
  }
  return [...totals].map(([engine, { ok, total }]) => ({
    engine, total, rate: Math.round((ok / total) * 1000) / 10,
  }))
}

function timeChart(
  name: AdminChart, rows: Rows, field: string, unit: 'minute' | 'day', lang: Lang,
  mark: 'line' | 'bar',
): AdminChartSpec {
  const t = adminTexts
  return {
    name, rows,
    spec: {
      title: t[name][lang], width: WIDTH, height: HEIGHT, data: { name: 'table' },
      mark: mark === 'line' ? { type: 'line', point: true } : { type: 'bar' },
      encoding: {
        x: {
          field: 'at', type: unit === 'day' ? 'ordinal' : 'temporal', title: t[unit][lang],
          ...(unit === 'day' ? { timeUnit: 'utcmonthdate' } : {}),
        },
        y: { field, type: 'quantitative', title: null },
      },
    },
  }
}

function barChart(name: AdminChart, rows: Rows, category: 'engine' | 'mark', lang: Lang,
  value: string): AdminChartSpec {
  return {
    name, rows,
    spec: {
      title: adminTexts[name][lang], width: WIDTH, height: HEIGHT, data: { name: 'table' },
      mark: 'bar',
      encoding: {
        y: { field: category, type: 'nominal', sort: '-x', title: adminTexts[category][lang] },
        x: { field: value, type: 'quantitative', title: null },
      },
    },
  }
}

/** The five charts of the admin page, as Vega-Lite specs over their rows. */
export function adminCharts(figures: AdminFigures, lang: Lang): AdminChartSpec[] {
  const minutes = figures.minutes.map(m => ({ at: m.minute, requests: m.requests, p95: m.p95Ms }))
  const days = figures.charts.perDay.map(d => ({ at: d.day, count: d.count }))
  const marks = figures.charts.byMark.slice(0, 10)
  return [
    timeChart('requests', minutes, 'requests', 'minute', lang, 'line'),
    timeChart('latency', minutes, 'p95', 'minute', lang, 'line'),
    barChart('success', successRates(figures.generations), 'engine', lang, 'rate'),
    barChart('marks', marks, 'mark', lang, 'count'),
    timeChart('newCharts', days, 'count', 'day', lang, 'bar'),
  ]
}
