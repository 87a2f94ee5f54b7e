/**
 * Prometheus metrics for one app instance: request durations by route pattern, generations
 * by engine, job queue depth, render cache hits and active users. Each instance is scraped on
 * its own, so counts add up across instances; the queue depth is the shared queue's.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

export type GenerationEngine = 'rules' | 'model' | 'fallback'

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event loop); off in tests. */
  defaults?: boolean
  now?: () => number
}

const ACTIVE_WINDOW_MS = 5 * 60_000
const MINUTE_MS = 60_000
// Minutes of request figures kept for the admin page, and latency samples kept per minute.
const KEEP_MINUTES = 60
const SAMPLES_PER_MINUTE = 5_000

export interface MinuteFigures {
  /** Start of the minute, epoch ms. */
  minute: number
  requests: number
  p95Ms: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!
}
// Beyond this many remembered users, stale ones are dropped at once rather than at scrape time.
const MAX_REMEMBERED = 50_000

export function createMetrics(options: MetricsOptions = {}) {
  const now = options.now ?? Date.now
  const registry = new Registry()
  if (options.defaults) collectDefaultMetrics({ register: registry })

  const requests = new Histogram({
    name: 'wanwu_http_request_duration_seconds',
    help: 'Time to answer a request, by matched route pattern',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  })
  const generations = new Counter({
    name: 'wanwu_generations_total',
    help: 'Finished generations, by the engine that answered and whether a chart came out',
    labelNames: ['engine', 'outcome'] as const,
    registers: [registry],
  })
  const renderCache = new Counter({
    name: 'wanwu_render_cache_total',
    help: 'Chart renders served from the cache (hit) or drawn (miss)',
    labelNames: ['result'] as const,
    registers: [registry],
  })

  let readDepth: (() => Promise<number>) | undefined
  new Gauge({
    name: 'wanwu_job_queue_depth',
    help: 'Generation jobs waiting or running',
    registers: [registry],
    async collect() {
      if (readDepth) this.set(await readDepth())
    },
  })

  // TODO(#7): kept per instance; behind a load balancer a user counts once per instance seen.
  const lastSeen = new Map<string, number>()
  const forgetStale = () => {
    const since = now() - ACTIVE_WINDOW_MS
    for (const [id, at] of lastSeen) if (at < since) lastSeen.delete(id)
  }
  new Gauge({
    name: 'wanwu_active_users',
    help: 'Distinct signed-in users seen in the last 5 minutes',
    registers: [registry],
    collect() {
      forgetStale()
      this.set(lastSeen.size)
    },
  })

  // Per-minute counts and latency samples of this instance, for the admin page's charts.
  const perMinute = new Map<number, { requests: number; samples: number[] }>()
  function countMinute(seconds: number) {
    const minute = Math.floor(now() / MINUTE_MS) * MINUTE_MS
    let figures = perMinute.get(minute)
    if (!figures) {
      figures = { requests: 0, samples: [] }
      perMinute.set(minute, figures)
      for (const key of perMinute.keys()) {
        if (key <= minute - KEEP_MINUTES * MINUTE_MS) perMinute.delete(key)
      }
    }
    figures.requests++
    if (figures.samples.length < SAMPLES_PER_MINUTE) figures.samples.push(seconds * 1000)
  }

  return {
    registry,
    observeRequest(route: string, method: string, status: number, seconds: number) {
      requests.observe({ route, method, status: String(status) }, seconds)
      countMinute(seconds)
    },
    /** Requests and p95 latency of each of the last `minutes` minutes, oldest first. */
    recentMinutes(minutes = KEEP_MINUTES): MinuteFigures[] {
      const current = Math.floor(now() / MINUTE_MS) * MINUTE_MS
      return Array.from({ length: minutes }, (_, i) => {
        const minute = current - (minutes - 1 - i) * MINUTE_MS
        const figures = perMinute.get(minute)
        const sorted = [...figures?.samples ?? []].sort((a, b) => a - b)
        return { minute, requests: figures?.requests ?? 0, p95Ms: percentile(sorted, 0.95) }
      })
    },
    recordGeneration(engine: GenerationEngine, ok: boolean) {
      generations.inc({ engine, outcome: ok ? 'ok' : 'failed' })
    },
    recordRenderCache(hit: boolean) {
      renderCache.inc({ result: hit ? 'hit' : 'miss' })
    },
    seenUser(id: string) {
      lastSeen.delete(id)
      lastSeen.set(id, now())
      if (lastSeen.size > MAX_REMEMBERED) forgetStale()
    },
    /** Where the queue depth is read from at scrape time. */
    trackQueueDepth(read: () => Promise<number>) {
      readDepth = read
    },
  }
}

export type Metrics = ReturnType<typeof createMetrics>

/** The app's metrics, shared by the request hook, the jobs and the render path. */
export const metrics: Metrics = createMetrics({ defaults: true })

export function recordRenderCache(hit: boolean): void {
  metrics.recordRenderCache(hit)
}
