import type { JobErrorCode } from './messages'

const REASON = /^\[jobs\] ([a-z_]+)/

/** A job that could not be queued or did not finish; the code is safe to show. */
export class JobError extends Error {
  constructor(readonly code: JobErrorCode, readonly retryAfterMs?: number) {
    super(`[jobs] ${code}`)
    this.name = 'JobError'
  }
}

/** The code a failure is reported with; anything unexpected is logged and stays generic. */
export function failureCode(error: unknown, jobId: string): JobErrorCode {
  if (error instanceof JobError) return error.code
  console.error(`[jobs] job ${jobId} failed:`, error)
  return 'failed'
}

/** Reads a code back from a failure reason stored as text (BullMQ keeps messages only). */
export function codeFromReason(reason: string | undefined): JobErrorCode {
  return (REASON.exec(reason ?? '')?.[1] as JobErrorCode | undefined) ?? 'failed'
}
