import type { EngineState } from '../../../shared/engine/types'
import { JobError, jobMessage } from '../../jobs'
import { JobBody } from '../../jobs/schemas'
import { useGenerationJobs } from '../../jobs/service'

// Queues a generation; the browser follows it at /api/jobs/:id/events.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const body = await readValidatedBody(event, JobBody.parse)
  const { limits } = useAppSettings()
  if (body.prompts.some(p => p.length > limits.promptChars)) {
    throw createError({
      statusCode: 400, statusMessage: 'Prompt too long',
      data: {
        code: 'prompt_too_long',
        message: `Prompts are limited to ${limits.promptChars} characters.`,
      },
    })
  }
  const jobs = await useGenerationJobs()
  try {
    const previous = body.previous as EngineState | undefined
    const job = await jobs.submit(user.id, { ...body, previous })
    setResponseStatus(event, 202)
    return { id: job.id, state: job.state }
  }
  catch (error) {
    if (!(error instanceof JobError)) throw error
    setResponseHeader(event, 'retry-after', Math.ceil((error.retryAfterMs ?? 60_000) / 1000))
    throw createError({
      statusCode: 429, statusMessage: 'Too many requests',
      data: { code: error.code, message: jobMessage(error.code, body.lang) },
    })
  }
})
