import type { DatasetDetail } from '../../../shared/types/api'

const PREVIEW_ROWS = 50

export default defineEventHandler(async (event): Promise<DatasetDetail> => {
  const dataset = await requireDataset(event, getRouterParam(event, 'id')!)
  const { rows } = await loadTable(dataset.fileKey)
  return {
    ...toDatasetSummary(dataset, requestLocale(event)),
    profile: dataset.profile,
    preview: rows.slice(0, PREVIEW_ROWS),
  }
})
