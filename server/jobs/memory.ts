import { nanoid } from 'nanoid'
import { createRateLimiter } from '../auth/rate-limit'
import { failureCode, JobError } from './errors'
import { runJob } from './run'
import { defaultJobLimits, isFinished } from './types'
import type { JobListener, JobQueue, JobQueueOptions, JobSnapshot } from './types'

interface Entry<I, R> {
  job: JobSnapshot<R>
  input: I
  cancel: AbortController
  listeners: Set<JobListener<R>>
}

const KEEP_MS = 10 * 60_000

/** The queue of a single app process: jobs, events and limits live in memory. */
export function createMemoryQueue<I, R>(options: JobQueueOptions<I, R>): JobQueue<I, R> {
  const limits = { ...defaultJobLimits, ...options.limits }
  const concurrency = options.concurrency ?? 4
  const keepMs = options.keepMs ?? KEEP_MS
  const rate = createRateLimiter({ limit: limits.submitsPerWindow, windowMs: limits.windowMs })
  const entries = new Map<string, Entry<I, R>>()
  const waiting: string[] = []
  const running = new Map<string, number>()
  let active = 0
  let closed = false

  const owned = (id: string, owner: string) => {
    const entry = entries.get(id)
    return entry?.job.owner === owner ? entry : undefined
  }

  function update(entry: Entry<I, R>, change: Partial<JobSnapshot<R>>) {
    entry.job = { ...entry.job, ...change }
    for (const listener of entry.listeners) listener(entry.job)
    if (isFinished(entry.job.state)) {
      entry.listeners.clear()
      setTimeout(() => entries.delete(entry.job.id), keepMs).unref()
    }
  }

  // Takes the oldest job whose owner is under the per-owner limit: one person's burst
  // cannot hold up everyone else.
  function pump() {
    while (!closed && active < concurrency) {
      const index = waiting.findIndex((id) => {
        const owner = entries.get(id)!.job.owner
        return (running.get(owner) ?? 0) < limits.runningPerOwner
      })
      if (index < 0) return
      const [id] = waiting.splice(index, 1)
      void start(entries.get(id!)!)
    }
  }

  async function start(entry: Entry<I, R>) {
    const { id, owner } = entry.job
    active++
    running.set(owner, (running.get(owner) ?? 0) + 1)
    update(entry, { state: 'running' })
    const progress = async (stage: JobSnapshot['stage']) => {
      if (!isFinished(entry.job.state)) update(entry, { stage })
    }
    try {
      const result = await runJob(options.process, entry.input, { id, owner, progress },
        entry.cancel.signal, limits.timeoutMs)
      update(entry, { state: 'done', result })
    }
    catch (error) {
      const code = failureCode(error, id)
      update(entry, { state: code === 'cancelled' ? 'cancelled' : 'failed', error: code })
    }
    finally {
      active--
      running.set(owner, running.get(owner)! - 1)
      pump()
    }
  }

  return {
    async submit(owner, input) {
      const allowed = rate.hit(owner)
      if (!allowed.allowed) throw new JobError('rate_limited', allowed.retryAfterMs)
      const job: JobSnapshot<R> = { id: nanoid(), owner, state: 'queued', createdAt: Date.now() }
      entries.set(job.id, { job, input, cancel: new AbortController(), listeners: new Set() })
      waiting.push(job.id)
      queueMicrotask(pump)
      return job
    },
    async get(id, owner) {
      return owned(id, owner)?.job
    },
    async cancel(id, owner) {
      const entry = owned(id, owner)
      if (!entry) return undefined
      const index = waiting.indexOf(id)
      if (index >= 0) {
        waiting.splice(index, 1)
        update(entry, { state: 'cancelled', error: 'cancelled' })
      }
      entry.cancel.abort()
      return entry.job
    },
    async watch(id, owner, listener) {
      const entry = owned(id, owner)
      if (!entry) return undefined
      listener(entry.job)
      if (isFinished(entry.job.state)) return () => {}
      entry.listeners.add(listener)
      return () => entry.listeners.delete(listener)
    },
    async depth() {
      return waiting.length + active
    },
    async close() {
      closed = true
      for (const entry of entries.values()) entry.cancel.abort()
    },
  }
}
