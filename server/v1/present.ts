import type { Chart as ChartRow, Dataset as DatasetRow } from '../db/types'
import type { Chart, ChartSummary, ChartUrls, Dataset } from './models'

const iso = (ms: number) => new Date(ms).toISOString()

export function chartUrls(siteUrl: string, chart: Pick<ChartRow, 'id' | 'slug'>): ChartUrls {
  const page = `${siteUrl}/c/${chart.slug}`
  return {
    page,
    embed: `${siteUrl}/embed/${chart.slug}`,
    svg: `${page}.svg`,
    png: `${page}.png`,
    data: `${page}.json`,
    render: `${siteUrl}/api/v1/charts/${chart.id}/render`,
  }
}

export function toChartSummary(chart: ChartRow, siteUrl: string): ChartSummary {
  return {
    id: chart.id,
    slug: chart.slug,
    title: chart.title,
    mark: chart.mark,
    visibility: chart.visibility,
    version: chart.currentVersion,
    tags: chart.tags,
    createdAt: iso(chart.createdAt),
    updatedAt: iso(chart.updatedAt),
    urls: chartUrls(siteUrl, chart),
  }
}

export function toChart(
  chart: ChartRow, siteUrl: string, generation?: Chart['generation'],
): Chart {
  return {
    ...toChartSummary(chart, siteUrl),
    description: chart.description ?? '',
    prompt: chart.prompt,
    spec: chart.spec,
    datasetId: chart.datasetId,
    forkOf: chart.forkOf,
    ...(generation ? { generation } : {}),
  }
}

export function toDataset(dataset: DatasetRow): Dataset {
  return {
    id: dataset.id,
    title: dataset.title,
    titleZh: dataset.titleZh,
    source: dataset.source,
    rowCount: dataset.rowCount,
    fields: dataset.profile.fields.map(f => ({ name: f.name, type: f.type })),
    createdAt: iso(dataset.createdAt),
  }
}
