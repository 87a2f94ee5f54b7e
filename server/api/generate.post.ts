import { z } from 'zod'
import { generate } from '../../shared/engine'
import { generateAny } from '../../shared/engine/inline/generate-any'
import type { EngineState } from '../../shared/engine/types'
import type { GenerateResponse } from '../../shared/types/api'

const Body = z.object({
  datasetId: z.string().max(64).nullish(),
  prompts: z.array(z.string().trim().min(1)).min(1).max(30),
  lang: z.enum(['en', 'zh-CN']).default('en'),
  // The state a follow-up continues from, as the previous answer returned it (chip edits included).
  previous: z.object({
    intent: z.looseObject({ filters: z.array(z.looseObject({ field: z.string() })).max(50) }),
    prompts: z.array(z.string().max(2000)).max(50),
    lang: z.enum(['en', 'zh-CN']),
  }).optional(),
})

// Prompt (plus follow-ups) over a dataset, or over numbers, a table or a formula typed in the prompt.
export default defineEventHandler(async (event): Promise<GenerateResponse> => {
  const body = await readValidatedBody(event, Body.parse)
  const { limits } = useAppSettings()
  if (body.prompts.some(p => p.length > limits.promptChars)) {
    throw createError({ statusCode: 400, statusMessage: 'Prompt too long', data: { code: 'prompt_too_long', message: `Prompts are limited to ${limits.promptChars} characters.` } })
  }
  const user = await getCurrentUser(event)

  const started = performance.now()
  let result
  if (body.datasetId) {
    const dataset = await requireDataset(event, body.datasetId)
    const { table, profile } = await loadTable(dataset.fileKey)
    result = generate({
      table, profile: dataset.profile ?? profile, prompts: body.prompts, lang: body.lang,
      previous: body.previous as EngineState | undefined,
    })
  }
  else {
    result = generateAny({ prompts: body.prompts, lang: body.lang })
  }
  const ms = Math.round((performance.now() - started) * 100) / 100

  await recordFinishedGeneration({
    traceId: event.context.requestId as string | undefined,
    userId: user?.id ?? null,
    engine: 'rules',
    ok: result.ok,
    mark: result.ok ? result.specs[0]?.mark ?? null : null,
    ms,
    prompts: body.prompts,
  })
  return result.ok ? { ...result, ms } : result
})
