import { describe, expect, it } from 'vitest'
import { createMetrics } from '../../../server/metrics'

const valueOf = async (metrics: ReturnType<typeof createMetrics>, name: string) =>
  (await metrics.registry.getSingleMetric(name)!.get()).values

describe('metrics', () => {
  it('times requests by route pattern', async () => {
    const metrics = createMetrics()
    metrics.observeRequest('/api/charts/:id', 'GET', 200, 0.02)
    metrics.observeRequest('/api/charts/:id', 'GET', 200, 0.2)
    const text = await metrics.registry.metrics()
    const labels = 'route="/api/charts/:id",method="GET",status="200"'
    expect(text).toContain(`wanwu_http_request_duration_seconds_count{${labels}} 2`)
  })

  it('keeps requests per minute and their p95 latency for the last hour', () => {
    let clock = 10 * 60_000
    const metrics = createMetrics({ now: () => clock })
    for (let ms = 1; ms <= 100; ms++) metrics.observeRequest('/', 'GET', 200, ms / 1000)
    clock += 60_000
    metrics.observeRequest('/', 'GET', 200, 0.5)

    const minutes = metrics.recentMinutes(3)
    expect(minutes.map(m => m.minute)).toEqual([9, 10, 11].map(m => m * 60_000))
    expect(minutes.map(m => m.requests)).toEqual([0, 100, 1])
    expect(minutes[1]!.p95Ms).toBeCloseTo(95)
    expect(minutes[2]!.p95Ms).toBeCloseTo(500)
    clock += 61 * 60_000
    metrics.observeRequest('/', 'GET', 200, 0.1)
    expect(metrics.recentMinutes(70).reduce((n, m) => n + m.requests, 0)).toBe(1)
  })

  it('counts generations by engine and outcome', async () => {
    const metrics = createMetrics()
    metrics.recordGeneration('rules', true)
    metrics.recordGeneration('rules', true)
    metrics.recordGeneration('fallback', false)
    const values = await valueOf(metrics, 'wanwu_generations_total')
    expect(values).toContainEqual({ labels: { engine: 'rules', outcome: 'ok' }, value: 2 })
    expect(values).toContainEqual({ labels: { engine: 'fallback', outcome: 'failed' }, value: 1 })
  })

  it('counts render cache hits and misses', async () => {
    const metrics = createMetrics()
    metrics.recordRenderCache(true)
    metrics.recordRenderCache(false)
    metrics.recordRenderCache(false)
    const values = await valueOf(metrics, 'wanwu_render_cache_total')
    expect(values).toContainEqual({ labels: { result: 'hit' }, value: 1 })
    expect(values).toContainEqual({ labels: { result: 'miss' }, value: 2 })
  })

  it('reads the queue depth at scrape time', async () => {
    const metrics = createMetrics()
    let depth = 3
    metrics.trackQueueDepth(async () => depth)
    expect((await valueOf(metrics, 'wanwu_job_queue_depth'))[0]!.value).toBe(3)
    depth = 0
    expect((await valueOf(metrics, 'wanwu_job_queue_depth'))[0]!.value).toBe(0)
  })

  it('counts distinct users seen in the last five minutes', async () => {
    let now = 0
    const metrics = createMetrics({ now: () => now })
    metrics.seenUser('ann')
    metrics.seenUser('ann')
    now = 3 * 60_000
    metrics.seenUser('bob')
    expect((await valueOf(metrics, 'wanwu_active_users'))[0]!.value).toBe(2)
    now = 6 * 60_000
    expect((await valueOf(metrics, 'wanwu_active_users'))[0]!.value).toBe(1)
  })
})
