import { DelayedError, Queue, QueueEvents, Worker } from 'bullmq'
import type { Job } from 'bullmq'
import { Redis } from 'ioredis'
import { nanoid } from 'nanoid'
import { codeFromReason, failureCode, JobError } from './errors'
import { createRedisLimits } from './redis-limits'
import { runJob } from './run'
import { defaultJobLimits, isFinished } from './types'
import type { JobQueue, JobQueueOptions, JobSnapshot, JobStage, JobState } from './types'

interface JobData<I> { owner: string; input: I }

// A job whose owner has every slot taken goes back to the delayed set and is retried soon.
const SLOT_RETRY_MS = 200
const KEEP_S = 3600
const EVENTS = ['waiting', 'active', 'progress', 'completed', 'failed', 'delayed'] as const

/**
 * A queue shared by every app instance on one Redis: any instance may take the work, and
 * progress reaches the instance holding the person's event stream through BullMQ events.
 * Cancellation is broadcast, because only the instance running a job can stop it.
 */
export async function createRedisQueue<I, R>(
  options: JobQueueOptions<I, R> & { redisUrl: string },
): Promise<JobQueue<I, R>> {
  const limits = { ...defaultJobLimits, ...options.limits }
  const name = options.name ?? 'generation'
  const prefix = options.prefix ?? 'wanwu'
  const own = `${prefix}:${name}:x`
  const cancelChannel = `${own}:cancel`
  const keepS = Math.round((options.keepMs ?? KEEP_S * 1000) / 1000)

  const connections: Redis[] = []
  const connect = () => {
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null })
    connections.push(redis)
    return redis
  }
  const commands = connect()
  const subscriber = connect()
  const queue = new Queue<JobData<I>, R>(name, { connection: connect(), prefix })
  const events = new QueueEvents(name, { connection: connect(), prefix })
  const redisLimits = createRedisLimits(commands, {
    keyPrefix: own, ...limits, slotMs: limits.timeoutMs + 10_000,
  })
  const cancelKey = (id: string) => `${own}:cancelled:${id}`
  const watchers = new Map<string, Set<() => void>>()
  const notify = (id: string) => watchers.get(id)?.forEach(refresh => refresh())

  async function work(job: Job<JobData<I>, R>, token?: string, signal?: AbortSignal): Promise<R> {
    const id = job.id!
    const { owner, input } = job.data
    if (await commands.exists(cancelKey(id))) throw new JobError('cancelled')
    if (!await redisLimits.acquire(owner, id)) {
      await job.moveToDelayed(Date.now() + SLOT_RETRY_MS, token)
      throw new DelayedError()
    }
    try {
      const progress = (stage: JobStage) => job.updateProgress({ stage })
      return await runJob(options.process, input, { id, owner, progress },
        signal ?? new AbortController().signal, limits.timeoutMs)
    }
    catch (error) {
      throw new JobError(failureCode(error, id))
    }
    finally {
      await redisLimits.release(owner, id)
    }
  }
  const worker = options.worker === false
    ? undefined
    : new Worker<JobData<I>, R>(name, work, {
        connection: connect(), prefix, concurrency: options.concurrency ?? 4,
      })

  // Without listeners, a lost Redis connection would surface as an uncaught 'error' event.
  const logError = (error: Error) => console.error('[jobs] redis:', error.message)
  queue.on('error', logError)
  events.on('error', logError)
  worker?.on('error', logError)
  for (const event of EVENTS) events.on(event, ({ jobId }: { jobId: string }) => notify(jobId))
  subscriber.on('message', (_channel: string, id: string) => {
    worker?.cancelJob(id, 'cancelled')
    notify(id)
  })
  await Promise.all([
    subscriber.subscribe(cancelChannel), events.waitUntilReady(), queue.waitUntilReady(),
    worker?.waitUntilReady(),
  ])

  async function snapshot(id: string): Promise<JobSnapshot<R> | undefined> {
    // State first: a job's outcome is written together with its final state, so data read
    // after a final state always carries the outcome.
    const [raw, cancelled] = await Promise.all([
      queue.getJobState(id), commands.exists(cancelKey(id)),
    ])
    const job = await queue.getJob(id)
    if (!job || raw === 'unknown') return undefined
    const error = raw === 'failed' ? codeFromReason(job.failedReason) : undefined
    let state: JobState = raw === 'active' ? 'running' : raw === 'completed' ? 'done' : 'queued'
    if (raw === 'failed') state = error === 'cancelled' ? 'cancelled' : 'failed'
    // A cancelled job still waiting is over for its owner; a worker will drop it on pickup.
    // TODO(#7): it still counts in the queue depth until then.
    if (state === 'queued' && cancelled) state = 'cancelled'
    const stage = (job.progress as { stage?: JobStage } | undefined)?.stage
    return {
      id, owner: job.data.owner, state, createdAt: job.timestamp,
      ...(stage ? { stage } : {}),
      ...(state === 'done' ? { result: job.returnvalue } : {}),
      ...(state === 'cancelled' ? { error: 'cancelled' } : error ? { error } : {}),
    }
  }

  async function owned(id: string, owner: string) {
    const job = await snapshot(id)
    return job?.owner === owner ? job : undefined
  }

  return {
    async submit(owner, input) {
      const hit = await redisLimits.hit(owner)
      if (!hit.allowed) throw new JobError('rate_limited', hit.retryAfterMs)
      const job = await queue.add('generate', { owner, input }, {
        jobId: nanoid(), attempts: 1,
        removeOnComplete: { age: keepS }, removeOnFail: { age: keepS },
      })
      return { id: job.id!, owner, state: 'queued', createdAt: job.timestamp }
    },
    get: owned,
    async cancel(id, owner) {
      const job = await owned(id, owner)
      if (!job || isFinished(job.state)) return job
      await commands.set(cancelKey(id), '1', 'EX', keepS)
      await commands.publish(cancelChannel, id)
      return owned(id, owner)
    },
    async watch(id, owner, listener) {
      if (!await owned(id, owner)) return undefined
      let last = ''
      let chain = Promise.resolve()
      const refresh = () => {
        chain = chain.then(async () => {
          const job = await snapshot(id)
          const key = JSON.stringify([job?.state, job?.stage])
          if (!job || key === last) return
          last = key
          listener(job)
          if (isFinished(job.state)) stop()
        }).catch(error => console.error('[jobs] watch failed:', error))
      }
      const stop = () => {
        watchers.get(id)?.delete(refresh)
        if (watchers.get(id)?.size === 0) watchers.delete(id)
      }
      watchers.set(id, (watchers.get(id) ?? new Set()).add(refresh))
      refresh()
      return stop
    },
    async depth() {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
      return Object.values(counts).reduce((sum, n) => sum + n, 0)
    },
    async close() {
      watchers.clear()
      await worker?.close()
      await Promise.all([events.close(), queue.close()])
      await Promise.all(connections.map(redis => redis.quit().catch(() => redis.disconnect())))
    },
  }
}
