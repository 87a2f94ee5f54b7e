import { z } from 'zod'
import { ChartSpec } from '../utils/charts'

// What /api/v1 accepts. The same constants validate requests and describe them in the
// OpenAPI document, so the two cannot drift apart.

export const Lang = z.enum(['en', 'zh-CN'])
export const Visibility = z.enum(['private', 'unlisted', 'public'])

const Title = z.string().trim().min(1).max(200)
const Description = z.string().max(2000)
const Tags = z.array(z.string().trim().min(1).max(32)).max(10)
// The server's configured prompt limit is checked after parsing; this bounds the body itself.
const Prompt = z.string().trim().min(1).max(30_000)

export const ChartIdParams = z.object({ id: z.string().min(1).max(64) })

export const CreateChartBody = z.object({
  prompt: Prompt.describe('What to chart, in English or Chinese.'),
  datasetId: z.string().min(1).max(64).optional()
    .describe('Dataset to chart. Omit it when the prompt itself holds the numbers or a table.'),
  title: Title.optional().describe('Defaults to the prompt.'),
  description: Description.optional(),
  visibility: Visibility.default('private'),
  lang: Lang.optional().describe('Language of the prompt and of chart labels; guessed if omitted.'),
  tags: Tags.optional(),
}).strict()
export type CreateChartBody = z.output<typeof CreateChartBody>

// `lang` and `message` only qualify a change, they are not one.
const CHANGES = ['title', 'description', 'visibility', 'tags', 'prompt', 'spec'] as const

export const PatchChartBody = z.object({
  title: Title.optional(),
  description: Description.optional(),
  visibility: Visibility.optional(),
  tags: Tags.optional(),
  prompt: Prompt.optional()
    .describe('Generates the chart again from this prompt over its dataset, as a new version.'),
  spec: ChartSpec.optional().describe('A Vega-Lite spec saved as a new version.'),
  lang: Lang.optional().describe('Language of `prompt`; guessed if omitted.'),
  message: z.string().max(200).optional().describe('Note stored with the new version.'),
}).strict()
  .refine(patch => !(patch.prompt && patch.spec), {
    message: 'Send either a prompt or a spec, not both.',
    path: ['spec'],
  })
  .refine(patch => CHANGES.some(key => patch[key] !== undefined), {
    message: 'Nothing to change.',
  })
export type PatchChartBody = z.output<typeof PatchChartBody>

export const ListChartsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})

export const RenderQuery = z.object({
  format: z.enum(['svg', 'png']).default('svg'),
  theme: z.enum(['light', 'dark']).default('light'),
  lang: Lang.default('en'),
  width: z.coerce.number().int().min(100).max(4000).optional(),
  height: z.coerce.number().int().min(100).max(4000).optional(),
})
