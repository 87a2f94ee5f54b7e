import type { H3Event } from 'h3'
import { z } from 'zod'
import { isRenderError, renderChart, type Row } from '../render'
import type { ChartWithOwner } from '../repositories'
import type { ChartCard, ChartDetail } from '../../shared/types/api'

export const MAX_SPEC_BYTES = 1_000_000

export const ChartSpec = z.record(z.string(), z.unknown()).refine(
  spec => JSON.stringify(spec).length <= MAX_SPEC_BYTES,
  { message: 'The spec is larger than 1 MB' },
)

export const ChartBody = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  visibility: z.enum(['private', 'unlisted', 'public']).default('private'),
  datasetId: z.string().max(64).nullish(),
  prompt: z.string().max(30_000).default(''),
  spec: ChartSpec,
  message: z.string().max(200).optional(),
  tags: z.array(z.string().trim().min(1).max(32)).max(10).optional(),
})
export type ChartBody = z.infer<typeof ChartBody>

/** The mark a spec draws, for gallery filters: `bar`, `line`, … or `layer`/`concat` for composites. */
export function markOf(spec: Record<string, unknown>): string {
  const mark = spec.mark as string | { type?: string } | undefined
  if (typeof mark === 'string') return mark
  if (mark?.type) return mark.type
  for (const key of ['layer', 'hconcat', 'vconcat', 'concat', 'repeat', 'facet'] as const) {
    if (key in spec) return key
  }
  return 'unknown'
}

/** Where the spec's named `table` data lives: the dataset's file, unless the spec inlines values. */
export async function dataKeyFor(event: H3Event, body: ChartBody): Promise<string | null> {
  const data = body.spec.data as { name?: string } | undefined
  if (data?.name !== 'table') return null
  if (!body.datasetId) {
    throw createError({ statusCode: 400, statusMessage: 'Bad chart', data: { code: 'no_dataset', message: 'The spec names a table but no dataset was given.' } })
  }
  return (await requireDataset(event, body.datasetId)).fileKey
}

/**
 * A spec is untrusted input: it is drawn once, through the same safe path as its public page,
 * before it is kept. What the page would refuse (a file or network URL, a giant canvas, too many
 * rows) is refused at save with the reason, instead of becoming a chart that cannot be shown.
 */
export async function assertDrawable(spec: Record<string, unknown>, dataKey: string | null): Promise<void> {
  try {
    await drawOnce(spec, dataKey)
  }
  catch (error) {
    if (!isRenderError(error)) throw error
    throw createError({
      statusCode: 422, statusMessage: 'Chart cannot be rendered',
      data: { code: error.code, message: error.message },
    })
  }
}

/** Renders the spec as its page would; a RenderError says why it cannot be shown. */
export async function drawOnce(spec: Record<string, unknown>, dataKey: string | null): Promise<void> {
  const datasets: Record<string, Row[]> = dataKey ? { table: (await loadTable(dataKey)).rows } : {}
  await renderChart({ spec, datasets, format: 'svg' }, { datasetsKey: dataKey ?? undefined })
}

export function toChartCard(c: ChartWithOwner): ChartCard & { id: string; visibility: string } {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    mark: c.mark,
    authorName: c.ownerName,
    views: c.views,
    updatedAt: c.updatedAt,
    visibility: c.visibility,
  }
}

export function toChartDetail(c: ChartWithOwner, viewerId: string | null): ChartDetail {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    description: c.description ?? '',
    prompt: c.prompt,
    spec: c.spec,
    datasetId: c.datasetId,
    visibility: c.visibility,
    tags: c.tags,
    version: c.currentVersion,
    forkOf: c.forkOf,
    authorName: c.ownerName,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    isOwner: viewerId === c.ownerId,
  }
}

/** The chart as its viewer may see it, or 404 (a private chart of someone else does not exist). */
export async function requireVisibleChart(event: H3Event, idOrSlug: string): Promise<ChartWithOwner> {
  const user = await getCurrentUser(event)
  const chart = await useDb().repos.charts.getForViewer(idOrSlug, user?.id ?? null)
  if (!chart) throw createError({ statusCode: 404, statusMessage: 'Chart not found' })
  return chart
}

export function notFound(): never {
  throw createError({ statusCode: 404, statusMessage: 'Chart not found' })
}
