import { afterEach, describe, expect, it } from 'vitest'
import type { JobQueue, JobQueueOptions } from '../../../server/jobs'
import {
  createGates, createProbe, deleteKeys, follow, openQueue, testProcessor, uniquePrefix, until,
} from './helpers'
import type { Backend, TestInput } from './helpers'

describe.each<Backend>(['memory', 'redis'])('jobs on %s', (backend) => {
  const opened: JobQueue<TestInput, string>[] = []
  const prefixes: string[] = []
  let gates = createGates()
  let probe = createProbe()

  async function open(options: Partial<JobQueueOptions<TestInput, string>> = {}, instance = 'a') {
    const prefix = prefixes[0] ?? uniquePrefix()
    if (!prefixes.length) prefixes.push(prefix)
    const queue = await openQueue(backend, {
      process: testProcessor(gates, probe, instance), prefix, name: 'generation', ...options,
    })
    opened.push(queue)
    return queue
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map(queue => queue.close()))
    if (backend === 'redis') await Promise.all(prefixes.splice(0).map(deleteKeys))
    prefixes.length = 0
    gates = createGates()
    probe = createProbe()
  })

  it('runs a job through its stages to a result', async () => {
    const queue = await open()
    const job = await queue.submit('ann', { answer: 'chart' })
    expect(job.state).toBe('queued')

    const seen = await follow(queue, job.id, 'ann')
    expect(seen.at(-1)).toMatchObject({ id: job.id, state: 'done', result: 'chart' })
    const stages = seen.map(s => s.stage).filter(Boolean)
    expect(stages.indexOf('rendering')).toBeGreaterThanOrEqual(stages.indexOf('reading'))
    expect(await queue.get(job.id, 'ann')).toMatchObject({ state: 'done', result: 'chart' })
  })

  it('reports why a job failed', async () => {
    const queue = await open()
    const missing = await queue.submit('ann', { fail: 'dataset_missing' })
    const crash = await queue.submit('ann', { fail: 'crash' })
    expect((await follow(queue, missing.id, 'ann')).at(-1))
      .toMatchObject({ state: 'failed', error: 'dataset_missing' })
    // Unexpected errors are logged, and shown without their internals.
    expect((await follow(queue, crash.id, 'ann')).at(-1))
      .toMatchObject({ state: 'failed', error: 'failed' })
  })

  it('cancels running and queued jobs', async () => {
    const queue = await open({ limits: { runningPerOwner: 1 } })
    const running = await queue.submit('ann', { gate: 'never' })
    const queued = await queue.submit('ann', { answer: 'later' })
    await until(async () => (await queue.get(running.id, 'ann'))?.state === 'running')

    await queue.cancel(queued.id, 'ann')
    await queue.cancel(running.id, 'ann')
    expect((await follow(queue, running.id, 'ann')).at(-1))
      .toMatchObject({ state: 'cancelled', error: 'cancelled' })
    expect((await follow(queue, queued.id, 'ann')).at(-1)).toMatchObject({ state: 'cancelled' })
  })

  it('fails a job that runs past its timeout, even one ignoring its signal', async () => {
    const queue = await open({ limits: { timeoutMs: 300 } })
    const job = await queue.submit('ann', { gate: 'never', ignoreSignal: true })
    expect((await follow(queue, job.id, 'ann')).at(-1))
      .toMatchObject({ state: 'failed', error: 'timeout' })
  })

  it('hides a job from everyone but its owner', async () => {
    const queue = await open()
    const job = await queue.submit('ann', { gate: 'g' })
    expect(await queue.get(job.id, 'bob')).toBeUndefined()
    expect(await queue.cancel(job.id, 'bob')).toBeUndefined()
    expect(await queue.watch(job.id, 'bob', () => {})).toBeUndefined()
    expect(await queue.get('no-such-job', 'ann')).toBeUndefined()
    gates.open('g')
    expect((await follow(queue, job.id, 'ann')).at(-1)?.state).toBe('done')
  })

  it('runs at most two jobs per owner while others still get their turn', async () => {
    const queue = await open({ concurrency: 4, limits: { runningPerOwner: 2 } })
    const anns = await Promise.all([1, 2, 3].map(() => queue.submit('ann', { gate: 'ann' })))
    const bob = await queue.submit('bob', { answer: 'bob' })

    expect((await follow(queue, bob.id, 'bob')).at(-1)?.state).toBe('done')
    await until(() => probe.running.get('ann') === 2)
    expect(await queue.depth()).toBe(3)
    gates.open('ann')
    for (const job of anns) expect((await follow(queue, job.id, 'ann')).at(-1)?.state).toBe('done')
    expect(probe.maxRunning.get('ann')).toBe(2)
    expect(await queue.depth()).toBe(0)
  })

  it('rate-limits submissions per owner', async () => {
    const queue = await open({ limits: { submitsPerWindow: 2, windowMs: 60_000 } })
    await queue.submit('ann', {})
    await queue.submit('ann', {})
    await expect(queue.submit('ann', {})).rejects.toMatchObject({ code: 'rate_limited' })
    await expect(queue.submit('bob', {})).resolves.toMatchObject({ state: 'queued' })
  })

  it.runIf(backend === 'redis')('lets another instance take the work', async () => {
    const web = await open({ worker: false }, 'web')
    const worker = await open({}, 'worker')
    const job = await web.submit('ann', { answer: 'shared' })

    const seen = await follow(web, job.id, 'ann')
    expect(seen.at(-1)).toMatchObject({ state: 'done', result: 'shared' })
    expect(probe.ranBy.get(job.id)).toBe('worker')
    expect(await worker.get(job.id, 'ann')).toMatchObject({ state: 'done' })
  })

  it.runIf(backend === 'redis')('cancels from the instance that did not run the job', async () => {
    const web = await open({ worker: false }, 'web')
    await open({}, 'worker')
    const job = await web.submit('ann', { gate: 'never' })
    await until(async () => (await web.get(job.id, 'ann'))?.state === 'running')
    await web.cancel(job.id, 'ann')
    expect((await follow(web, job.id, 'ann')).at(-1)).toMatchObject({ state: 'cancelled' })
    expect(probe.running.get('ann')).toBe(0)
  })
})
