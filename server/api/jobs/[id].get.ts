import { JobParams, JobQuery } from '../../jobs/schemas'
import { useGenerationJobs } from '../../jobs/service'
import { jobView } from '../../jobs/view'

export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, JobParams.parse)
  const { lang } = await getValidatedQuery(event, JobQuery.parse)
  const job = await (await useGenerationJobs()).get(id, user.id)
  if (!job) throw createError({ statusCode: 404, statusMessage: 'Job not found' })
  return jobView(job, lang)
})
