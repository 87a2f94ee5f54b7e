import type { H3Event } from 'h3'
import { renderChart } from '../render'
import type { ChartWithOwner } from '../repositories'
import type { PublicChart } from '../../shared/types/api'
import { markDatums } from './datums'
import { summarizeChart } from './summary'

type Lang = 'en' | 'zh-CN'

/** A chart slug as it may appear in a public URL (`/c/<slug>`, `/embed/<slug>`), as regex source. */
export const SLUG_PATTERN = '[a-z0-9]{4,32}'

export interface ChartSource {
  chart: ChartWithOwner
  spec: Record<string, unknown>
  version: number
  dataKey: string | null
}

/**
 * The chart behind a public URL: public or unlisted only, whoever asks, so cached pages never
 * depend on the visitor. `?v=N` pins a version.
 */
export async function publicChartSource(event: H3Event, slug: string): Promise<ChartSource> {
  const { charts } = useDb().repos
  const chart = await charts.getForViewer(slug, null)
  if (!chart || chart.slug !== slug) throw createError({ statusCode: 404, statusMessage: 'Chart not found' })
  const pinned = Number(getQuery(event).v)
  if (Number.isInteger(pinned) && pinned > 0 && pinned !== chart.currentVersion) {
    const version = await charts.getVersion(chart.id, pinned, null)
    if (!version) throw createError({ statusCode: 404, statusMessage: 'Version not found' })
    return { chart, spec: version.spec, version: version.version, dataKey: version.dataKey }
  }
  return { chart, spec: chart.spec, version: chart.currentVersion, dataKey: chart.dataKey }
}

export async function chartDatasets(source: ChartSource): Promise<Record<string, Record<string, unknown>[]>> {
  return source.dataKey ? { table: (await loadTable(source.dataKey)).rows } : {}
}

/** The spec with its data inline: enough to re-render it anywhere without Wanwu. */
export async function selfContainedSpec(source: ChartSource): Promise<Record<string, unknown>> {
  const datasets = await chartDatasets(source)
  const data = source.spec.data as { name?: string } | undefined
  return data?.name && datasets[data.name] ? { ...source.spec, data: { values: datasets[data.name] } } : source.spec
}

export async function buildPublicChart(source: ChartSource, lang: Lang): Promise<PublicChart> {
  const { chart, spec, version, dataKey } = source
  const { siteUrl } = useAppSettings()
  const datums: Record<string, unknown>[] = []
  const image = await renderChart(
    { spec, datasets: await chartDatasets(source), format: 'svg', lang },
    { datasetsKey: dataKey ?? undefined, onView: (view) => { datums.push(...markDatums(view as never)) } },
  )
  const summary = summarizeChart(spec, datums, lang)
  const url = `${siteUrl}/c/${chart.slug}`
  const svg = labelSvg(image.body as string, summary.text)
  return {
    id: chart.id,
    slug: chart.slug,
    title: chart.title,
    description: chart.description ?? '',
    visibility: chart.visibility,
    mark: chart.mark,
    authorName: chart.ownerName,
    forkOf: chart.forkOf,
    tags: chart.tags,
    version,
    createdAt: chart.createdAt,
    updatedAt: chart.updatedAt,
    siteUrl,
    svg,
    width: image.width,
    height: image.height,
    summary: summary.text,
    table: { columns: summary.columns, rows: summary.rows, total: summary.total },
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      'name': chart.title,
      'description': chart.description || summary.text,
      'url': url,
      'creator': { '@type': 'Person', 'name': chart.ownerName, 'url': `${siteUrl}/u/${chart.ownerName}` },
      'dateCreated': new Date(chart.createdAt).toISOString(),
      'dateModified': new Date(chart.updatedAt).toISOString(),
      'distribution': [
        { '@type': 'DataDownload', 'encodingFormat': 'text/csv', 'contentUrl': `${url}.csv` },
        { '@type': 'DataDownload', 'encodingFormat': 'application/json', 'contentUrl': `${url}.json` },
      ],
      'image': { '@type': 'ImageObject', 'contentUrl': `${url}.png`, 'encodingFormat': 'image/png', 'caption': summary.text },
    },
  }
}

/** Screen readers announce the chart by its summary. */
function labelSvg(svg: string, label: string): string {
  const escaped = label.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`)
  return svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escaped}"`)
}
