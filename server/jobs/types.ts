export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled'

/** Where a generation stands; shown to the person while they wait. */
export type JobStage = 'reading' | 'understanding' | 'model' | 'checking' | 'rendering'

export interface JobSnapshot<R = unknown> {
  id: string
  owner: string
  state: JobState
  stage?: JobStage
  result?: R
  /** Why a job failed or stopped: a JobErrorCode. */
  error?: string
  createdAt: number
}

export interface JobContext {
  id: string
  owner: string
  /** Aborted on cancellation and on timeout; long steps should pass it on. */
  signal: AbortSignal
  progress(stage: JobStage): Promise<void>
}

export type JobProcessor<I, R> = (input: I, ctx: JobContext) => Promise<R>

export type JobListener<R> = (job: JobSnapshot<R>) => void

export interface JobQueue<I, R> {
  /** Queues work for `owner`; throws a JobError when the owner is over the rate limit. */
  submit(owner: string, input: I): Promise<JobSnapshot<R>>
  /** The job, or undefined when it does not exist or belongs to someone else. */
  get(id: string, owner: string): Promise<JobSnapshot<R> | undefined>
  cancel(id: string, owner: string): Promise<JobSnapshot<R> | undefined>
  /**
   * Calls `listener` with the job as it is now, then on every change until it ends.
   * Resolves to an unsubscribe function, or undefined when the job is not the owner's.
   */
  watch(id: string, owner: string, listener: JobListener<R>): Promise<(() => void) | undefined>
  /** Jobs waiting or running, across every instance sharing the queue. */
  depth(): Promise<number>
  close(): Promise<void>
}

export interface JobLimits {
  /** Jobs of one owner running at once; further jobs wait their turn. */
  runningPerOwner: number
  /** Jobs one owner may submit per window. */
  submitsPerWindow: number
  windowMs: number
  /** A job running longer than this fails with `timeout`. */
  timeoutMs: number
}

export interface JobQueueOptions<I, R> {
  process: JobProcessor<I, R>
  /** Shares the work between app instances through BullMQ; in-process when absent. */
  redisUrl?: string
  /** Queue name and key prefix in Redis, so several apps or test runs can share a server. */
  name?: string
  prefix?: string
  /** Jobs this instance runs at once. */
  concurrency?: number
  /** False for an instance that only submits and watches (Redis only). */
  worker?: boolean
  limits?: Partial<JobLimits>
  /** How long a finished job can still be read. */
  keepMs?: number
}

export const defaultJobLimits: JobLimits = {
  runningPerOwner: 2,
  submitsPerWindow: 20,
  windowMs: 60_000,
  timeoutMs: 60_000,
}

export const isFinished = (state: JobState): boolean =>
  state === 'done' || state === 'failed' || state === 'cancelled'
