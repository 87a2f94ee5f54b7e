import { JobParams, JobQuery } from '../../jobs/schemas'
import { useGenerationJobs } from '../../jobs/service'
import { jobView } from '../../jobs/view'

// Cancels a job of the caller's; finished jobs are returned as they are.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, JobParams.parse)
  const { lang } = await getValidatedQuery(event, JobQuery.parse)
  const job = await (await useGenerationJobs()).cancel(id, user.id)
  if (!job) throw createError({ statusCode: 404, statusMessage: 'Job not found' })
  return jobView(job, lang)
})
