import { createEventStream } from 'h3'
import type { H3Event } from 'h3'
import type { Lang } from '../../shared/engine/types'
import { isFinished } from './types'
import type { JobQueue } from './types'
import { jobView } from './view'

/**
 * Streams a job to its owner as Server-Sent Events, one event per change named after the
 * job's state, ending with the job. Undefined when the job is not the owner's.
 */
export async function streamJob<R>(
  event: H3Event, jobs: JobQueue<unknown, R>, id: string, owner: string, lang: Lang,
): Promise<Promise<void> | undefined> {
  if (!await jobs.get(id, owner)) return undefined

  const stream = createEventStream(event)
  let finished = false
  const stop = await jobs.watch(id, owner, (job) => {
    void stream.push({ event: job.state, data: JSON.stringify(jobView(job, lang)) })
    if (isFinished(job.state)) {
      finished = true
      void stream.close()
    }
  })
  if (finished) stop?.()
  // The browser leaving ends the watch too.
  stream.onClosed(() => stop?.())
  return stream.send()
}
