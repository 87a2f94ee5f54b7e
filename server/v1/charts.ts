import type { ChartMetaPatch, ChartVersionInput } from '../repositories'
import { v1Error } from './errors'
import { generateChart, type DataSource } from './generate'
import type { Chart } from './models'
import { toChart } from './present'
import type { CreateChartBody, PatchChartBody } from './schemas'
import { useDb, useAppSettings } from '../utils/services'
import { invalidatePublicChart } from '../utils/public-cache'
import { drawOnce, markOf } from '../utils/charts'

const namesTable = (spec: Record<string, unknown>) =>
  (spec.data as { name?: unknown } | undefined)?.name === 'table'

async function datasetSource(datasetId: string, userId: string): Promise<DataSource> {
  const dataset = await useDb().repos.datasets.get(datasetId, userId)
  if (!dataset) throw v1Error('dataset_not_found')
  return { dataKey: dataset.fileKey, profile: dataset.profile }
}

/** Generates the chart a prompt asks for and saves it as version 1. */
export async function createChartFromPrompt(userId: string, body: CreateChartBody):
Promise<Chart> {
  const source = body.datasetId ? await datasetSource(body.datasetId, userId) : null
  const made = await generateChart(userId, source, body.prompt, body.lang)
  const row = await useDb().repos.charts.create({
    ownerId: userId,
    title: body.title ?? body.prompt.slice(0, 200),
    description: body.description ?? '',
    visibility: body.visibility,
    datasetId: body.datasetId ?? null,
    tags: body.tags,
    spec: made.spec,
    prompt: body.prompt,
    mark: made.mark,
    dataKey: made.dataKey,
  })
  await invalidatePublicChart(row.slug)
  return toChart(row, useAppSettings().siteUrl, made.generation)
}

/** The next version a patch asks for (a prompt to generate again, or a spec), if any. */
async function nextVersion(userId: string, id: string, patch: PatchChartBody):
Promise<{ version: ChartVersionInput; generation?: Chart['generation'] } | null> {
  if (!patch.prompt && !patch.spec) return null
  const { charts, datasets } = useDb().repos
  const current = await charts.getForViewer(id, userId)
  if (!current || current.ownerId !== userId) throw v1Error('chart_not_found')

  // The chart's own rows first: they outlive the dataset they were uploaded as.
  const dataset = current.datasetId ? await datasets.get(current.datasetId, userId) : null
  const dataKey = current.dataKey ?? dataset?.fileKey ?? null

  if (patch.prompt) {
    const source = dataKey ? { dataKey, profile: dataset?.profile } : null
    const made = await generateChart(userId, source, patch.prompt, patch.lang)
    const { spec, mark, dataKey: madeKey, generation } = made
    const version = { spec, mark, dataKey: madeKey, prompt: patch.prompt, message: patch.message }
    return { version, generation }
  }
  const spec = patch.spec!
  if (namesTable(spec) && !dataKey) throw v1Error('no_dataset')
  // A spec the chart's page could not show is refused now, with the reason (cannot_render).
  await drawOnce(spec, namesTable(spec) ? dataKey : null)
  return {
    version: {
      spec,
      mark: markOf(spec),
      dataKey: namesTable(spec) ? dataKey : null,
      prompt: current.prompt,
      message: patch.message,
    },
  }
}

/** Metadata changes and at most one new version, each write scoped to the owner. */
export async function updateChart(userId: string, id: string, patch: PatchChartBody):
Promise<Chart> {
  const { charts } = useDb().repos
  const next = await nextVersion(userId, id, patch)
  let row = next ? await charts.saveVersion(id, userId, next.version) : null
  if (next && !row) throw v1Error('chart_not_found')

  const { title, description, visibility, tags } = patch
  const meta: ChartMetaPatch = { title, description, visibility, tags }
  if (Object.values(meta).some(value => value !== undefined)) {
    row = await charts.updateMeta(id, userId, meta)
    if (!row) throw v1Error('chart_not_found')
  }
  await invalidatePublicChart(row!.slug)
  return toChart(row!, useAppSettings().siteUrl, next?.generation)
}
