import type { DatasetDetail } from '../../../shared/types/api'

export default defineEventHandler(async (event): Promise<DatasetDetail> => {
  const dataset = await requireDataset(event, getRouterParam(event, 'id')!)
  return toDatasetDetail(dataset, requestLocale(event))
})
