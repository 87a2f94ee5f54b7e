import { defineV1Handler, readV1Query } from '../../../v1/handler'
import type { ChartPage } from '../../../v1/models'
import { toChartSummary } from '../../../v1/present'
import { ListChartsQuery } from '../../../v1/schemas'
import { requireUser } from '../../../utils/auth'
import { useDb, useAppSettings } from '../../../utils/services'

// The caller's own charts, most recently changed first.
export default defineV1Handler(async (event): Promise<ChartPage> => {
  const user = await requireUser(event)
  const query = readV1Query(event, ListChartsQuery)
  const page = await useDb().repos.charts.listMine(user.id, query)
  const { siteUrl } = useAppSettings()
  return { ...page, items: page.items.map(chart => toChartSummary(chart, siteUrl)) }
})
