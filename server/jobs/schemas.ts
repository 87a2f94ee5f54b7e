import { z } from 'zod'

const Lang = z.enum(['en', 'zh-CN'])

/** A generation request, as /api/generate takes it, plus the person's wish for the model. */
export const JobBody = z.object({
  datasetId: z.string().max(64).nullish(),
  prompts: z.array(z.string().trim().min(1)).min(1).max(30),
  lang: Lang.default('en'),
  // The state a follow-up continues from, as the previous answer returned it.
  previous: z.object({
    intent: z.looseObject({ filters: z.array(z.looseObject({ field: z.string() })).max(50) }),
    prompts: z.array(z.string().max(2000)).max(50),
    lang: Lang,
  }).optional(),
  useModel: z.boolean().default(false),
})

export const JobParams = z.object({ id: z.string().min(1).max(64) })

export const JobQuery = z.object({ lang: Lang.default('en') })
