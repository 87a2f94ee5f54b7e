/**
 * Generation jobs: work that may take a while (a model call, a big table) runs as a job the
 * browser follows over Server-Sent Events.
 *
 * 1. Submit: the owner's rate limit is checked and the job is queued.
 * 2. Run: a worker takes it once the owner has a free running slot; stages are reported as
 *    progress, and cancellation or the timeout stops it.
 * 3. Finish: done with a result, or failed/cancelled with a code the person can read.
 * In one process everything stays in memory; with Redis the work is shared by instances.
 */
import { createMemoryQueue } from './memory'
import { createRedisQueue } from './redis'
import type { JobQueue, JobQueueOptions } from './types'

export { JobError } from './errors'
export { jobMessage } from './messages'
export type { JobErrorCode } from './messages'
export * from './types'

export async function createJobQueue<I, R>(
  options: JobQueueOptions<I, R>,
): Promise<JobQueue<I, R>> {
  const { redisUrl } = options
  return redisUrl ? createRedisQueue({ ...options, redisUrl }) : createMemoryQueue(options)
}
