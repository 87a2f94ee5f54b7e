import type { Lang } from '../../shared/engine/types'
import { jobMessage } from './messages'
import type { JobSnapshot } from './types'

export type JobView<R> = Omit<JobSnapshot<R>, 'owner' | 'error'> & {
  error?: { code: string; message: string }
}

/** A job as its owner sees it: the failure spelled out in their language, the owner left out. */
export function jobView<R>(job: JobSnapshot<R>, lang: Lang): JobView<R> {
  const { owner: _owner, error, ...rest } = job
  return error ? { ...rest, error: { code: error, message: jobMessage(error, lang) } } : rest
}
