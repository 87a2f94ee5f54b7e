import type { H3Event } from 'h3'
import type { Dataset } from '../db/types'
import type { DatasetDetail, DatasetSummary } from '../../shared/types/api'

export function toDatasetSummary(d: Dataset, locale?: string): DatasetSummary {
  return {
    id: d.id,
    title: (locale === 'zh-CN' && d.titleZh) || d.title,
    source: d.source,
    rowCount: d.rowCount,
    fieldCount: d.profile.fields.length,
    createdAt: d.createdAt,
  }
}

const PREVIEW_ROWS = 50

/** The summary plus the profile and the first rows, for the editor's preview grid. */
export async function toDatasetDetail(d: Dataset, locale?: string): Promise<DatasetDetail> {
  const { rows } = await loadTable(d.fileKey)
  return { ...toDatasetSummary(d, locale), profile: d.profile, preview: rows.slice(0, PREVIEW_ROWS) }
}

/** A dataset the caller may read (samples, or their own uploads); 404 otherwise. */
export async function requireDataset(event: H3Event, id: string): Promise<Dataset> {
  const user = await getCurrentUser(event)
  const dataset = await useDb().repos.datasets.get(id, user?.id ?? null)
  if (!dataset) throw createError({ statusCode: 404, statusMessage: 'Dataset not found' })
  return dataset
}

export function requestLocale(event: H3Event): string {
  const cookie = getCookie(event, 'wanwu_lang')
  if (cookie) return cookie
  return /^zh/i.test(getRequestHeader(event, 'accept-language') ?? '') ? 'zh-CN' : 'en'
}
