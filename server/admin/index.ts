/**
 * The admin page's figures, drawn by Wanwu's own renderer: the product charting itself.
 * Requests and latency are this instance's last hour (server/metrics); generations and new
 * charts are the last 30 days of the database (generation_events, charts).
 */
import type { Lang } from '../../shared/engine/types'
import { metrics } from '../metrics'
import { renderChart } from '../render'
import { useDb } from '../utils/services'
import { adminCharts } from './charts'
import type { AdminChart } from './messages'

export { isAdmin } from './access'

export interface AdminStats {
  totals: {
    requestsLastHour: number
    generations: number
    /** Percent of generations that produced a chart; null before the first one. */
    successRate: number | null
    newCharts: number
  }
  charts: { name: AdminChart; svg: string }[]
}

export async function adminStats(lang: Lang): Promise<AdminStats> {
  const { repos } = useDb()
  const [generations, charts] = await Promise.all([
    repos.generationEvents.stats(), repos.charts.stats(),
  ])
  const minutes = metrics.recentMinutes()
  const drawn = await Promise.all(adminCharts({ minutes, generations, charts }, lang)
    .map(async ({ name, spec, rows }) => {
      const image = await renderChart({ spec, datasets: { table: rows }, format: 'svg', lang })
      return { name, svg: image.body as string }
    }))

  const total = generations.byEngine.reduce((n, row) => n + row.count, 0)
  const ok = generations.byEngine.reduce((n, row) => n + (row.ok ? row.count : 0), 0)
  return {
    totals: {
      requestsLastHour: minutes.reduce((n, m) => n + m.requests, 0),
      generations: total,
      successRate: total ? Math.round((ok / total) * 1000) / 10 : null,
      newCharts: charts.perDay.reduce((n, d) => n + d.count, 0),
    },
    charts: drawn,
  }
}
