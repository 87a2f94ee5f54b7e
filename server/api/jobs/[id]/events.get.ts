import { isFinished } from '../../../jobs'
import { JobParams, JobQuery } from '../../../jobs/schemas'
import { useGenerationJobs } from '../../../jobs/service'
import { jobView } from '../../../jobs/view'

// Server-Sent Events: one event per change, named after the job's state; the stream ends
// with the job.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, JobParams.parse)
  const { lang } = await getValidatedQuery(event, JobQuery.parse)
  const jobs = await useGenerationJobs()
  if (!await jobs.get(id, user.id)) {
    throw createError({ statusCode: 404, statusMessage: 'Job not found' })
  }

  const stream = createEventStream(event)
  let finished = false
  const stop = await jobs.watch(id, user.id, (job) => {
    void stream.push({ event: job.state, data: JSON.stringify(jobView(job, lang)) })
    if (isFinished(job.state)) {
      finished = true
      void stream.close()
    }
  })
  if (finished) stop?.()
  stream.onClosed(() => stop?.())
  return stream.send()
})
