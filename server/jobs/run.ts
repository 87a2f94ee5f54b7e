import { JobError } from './errors'
import type { JobContext, JobProcessor } from './types'

/**
 * Runs one job under its deadline and cancellation. The job fails as soon as either fires,
 * even if its processor is stuck in a step that ignores the signal.
 */
export function runJob<I, R>(
  process: JobProcessor<I, R>, input: I, ctx: Omit<JobContext, 'signal'>,
  cancel: AbortSignal, timeoutMs: number,
): Promise<R> {
  const deadline = AbortSignal.timeout(timeoutMs)
  const signal = AbortSignal.any([cancel, deadline])
  if (signal.aborted) return Promise.reject(stopReason(deadline))

  let onAbort: (() => void) | undefined
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(stopReason(deadline))
    signal.addEventListener('abort', onAbort, { once: true })
  })
  const work = Promise.resolve().then(() => process(input, { ...ctx, signal }))
  return Promise.race([work, stopped]).finally(() => {
    signal.removeEventListener('abort', onAbort!)
    // A stuck processor may still settle later; its outcome no longer matters.
    work.catch(() => {})
  })
}

const stopReason = (deadline: AbortSignal) =>
  new JobError(deadline.aborted ? 'timeout' : 'cancelled')
