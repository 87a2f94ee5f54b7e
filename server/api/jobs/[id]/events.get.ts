import { JobParams, JobQuery } from '../../../jobs/schemas'
import { useGenerationJobs } from '../../../jobs/service'
import { streamJob } from '../../../jobs/sse'

// Progress of a generation job as Server-Sent Events, for its owner only.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { id } = await getValidatedRouterParams(event, JobParams.parse)
  const { lang } = await getValidatedQuery(event, JobQuery.parse)
  const sent = await streamJob(event, await useGenerationJobs(), id, user.id, lang)
  if (!sent) throw createError({ statusCode: 404, statusMessage: 'Job not found' })
  return sent
})
