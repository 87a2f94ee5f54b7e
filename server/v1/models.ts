import { z } from 'zod'
import { V1_ERROR_CODES } from './errors'
import { Lang, Visibility } from './schemas'

// What /api/v1 answers. Only types and the OpenAPI document use these schemas: responses are
// built by typed functions (present.ts), not parsed on the way out.

const Timestamp = z.iso.datetime().describe('ISO 8601, UTC.')

export const ChartUrls = z.object({
  page: z.url().describe('The public page; works for public and unlisted charts.'),
  embed: z.url().describe('A bare page for iframes; public and unlisted charts.'),
  svg: z.url().describe('Permanent SVG image; public and unlisted charts.'),
  png: z.url().describe('Permanent PNG image; public and unlisted charts.'),
  data: z.url().describe('The spec with its data inline; public and unlisted charts.'),
  render: z.url().describe('The image through this API, for private charts too (token needed).'),
})

export type ChartUrls = z.infer<typeof ChartUrls>

export const Warning = z.object({ code: z.string(), message: z.string() })

export const ChartSummary = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  mark: z.string().describe('What the chart draws: bar, line, point, arc, layer…'),
  visibility: Visibility,
  version: z.int().min(1),
  tags: z.array(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  urls: ChartUrls,
})
export type ChartSummary = z.infer<typeof ChartSummary>

export const Chart = ChartSummary.extend({
  description: z.string(),
  prompt: z.string(),
  spec: z.record(z.string(), z.unknown()).describe('The Vega-Lite spec of the current version.'),
  datasetId: z.string().nullable(),
  forkOf: z.string().nullable(),
  generation: z.object({
    lang: Lang,
    confidence: z.number().min(0).max(1),
    warnings: z.array(Warning).describe('What the engine guessed or ignored in the prompt.'),
  }).optional().describe('Present when this request generated the chart from a prompt.'),
})
export type Chart = z.infer<typeof Chart>

export const ChartPage = z.object({
  items: z.array(ChartSummary),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  total: z.int().min(0),
})
export type ChartPage = z.infer<typeof ChartPage>

export const Dataset = z.object({
  id: z.string(),
  title: z.string(),
  titleZh: z.string().nullable(),
  source: z.enum(['sample', 'upload', 'paste']),
  rowCount: z.int().min(0),
  fields: z.array(z.object({
    name: z.string(),
    type: z.enum(['quantitative', 'temporal', 'nominal', 'ordinal']),
  })).describe('Columns, by the names prompts can use.'),
  createdAt: Timestamp,
})
export type Dataset = z.infer<typeof Dataset>

export const DatasetList = z.object({ items: z.array(Dataset) })

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(V1_ERROR_CODES as [string, ...string[]]),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional()
      .describe('Invalid field paths, engine suggestions or a render reason.'),
  }),
})

export const Deleted = z.object({ ok: z.literal(true) })
