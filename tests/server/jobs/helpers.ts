import { Redis } from 'ioredis'
import { nanoid } from 'nanoid'
import { createJobQueue, isFinished, JobError } from '../../../server/jobs'
import type { JobContext, JobQueue, JobQueueOptions, JobSnapshot } from '../../../server/jobs'

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** What a test job does: answer, fail, or wait for its gate (or its signal) first. */
export interface TestInput {
  answer?: string
  fail?: 'dataset_missing' | 'crash'
  gate?: string
  ignoreSignal?: boolean
}

/** Gates the tests open by hand; shared by every queue instance in this process. */
export function createGates() {
  const waiting = new Map<string, (() => void)[]>()
  const opened = new Set<string>()
  return {
    wait(name: string, signal?: AbortSignal) {
      if (opened.has(name)) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        waiting.set(name, [...waiting.get(name) ?? [], resolve])
        signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true })
      })
    },
    open(name: string) {
      opened.add(name)
      waiting.get(name)?.forEach(resolve => resolve())
    },
  }
}

export type Gates = ReturnType<typeof createGates>

export interface Probe {
  running: Map<string, number>
  maxRunning: Map<string, number>
  ranBy: Map<string, string>
}

export function createProbe(): Probe {
  return { running: new Map(), maxRunning: new Map(), ranBy: new Map() }
}

export function testProcessor(gates: Gates, probe: Probe, instance: string) {
  return async (input: TestInput, ctx: JobContext): Promise<string> => {
    const now = (probe.running.get(ctx.owner) ?? 0) + 1
    probe.running.set(ctx.owner, now)
    probe.maxRunning.set(ctx.owner, Math.max(now, probe.maxRunning.get(ctx.owner) ?? 0))
    probe.ranBy.set(ctx.id, instance)
    try {
      await ctx.progress('reading')
      if (input.gate) await gates.wait(input.gate, input.ignoreSignal ? undefined : ctx.signal)
      await ctx.progress('rendering')
      if (input.fail === 'dataset_missing') throw new JobError('dataset_missing')
      if (input.fail === 'crash') throw new Error('disk on fire')
      return input.answer ?? 'ok'
    }
    finally {
      probe.running.set(ctx.owner, probe.running.get(ctx.owner)! - 1)
    }
  }
}

export type Backend = 'memory' | 'redis'

/** A queue on a name no other test run uses; `cleanup` closes it and deletes its keys. */
export async function openQueue(
  backend: Backend, options: Omit<JobQueueOptions<TestInput, string>, 'redisUrl'>,
): Promise<JobQueue<TestInput, string>> {
  return createJobQueue({ ...options, ...(backend === 'redis' ? { redisUrl: REDIS_URL } : {}) })
}

export const uniquePrefix = () => `wanwu-test-${nanoid(8)}`

export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${prefix}:*`)
  if (keys.length > 0) await redis.del(...keys)
  await redis.quit()
}

/** Every distinct snapshot of a job until it finishes. */
export async function follow<R>(
  queue: JobQueue<TestInput, R>, id: string, owner: string, timeoutMs = 10_000,
): Promise<JobSnapshot<R>[]> {
  const seen: JobSnapshot<R>[] = []
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`job ${id} did not finish`)), timeoutMs)
    void queue.watch(id, owner, (job) => {
      seen.push(job)
      if (isFinished(job.state)) {
        clearTimeout(timer)
        resolve(seen)
      }
    })
  })
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const started = Date.now()
  while (!await check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}
