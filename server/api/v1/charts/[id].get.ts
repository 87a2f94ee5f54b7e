import { v1Error } from '../../../v1/errors'
import { defineV1Handler, readV1Params } from '../../../v1/handler'
import { toChart } from '../../../v1/present'
import { ChartIdParams } from '../../../v1/schemas'
import { requireUser } from '../../../utils/auth'
import { useDb, useAppSettings } from '../../../utils/services'

// Any chart the caller may see: their own, or someone else's public or unlisted one.
export default defineV1Handler(async (event) => {
  const user = await requireUser(event)
  const { id } = readV1Params(event, ChartIdParams)
  const chart = await useDb().repos.charts.getForViewer(id, user.id)
  if (!chart) throw v1Error('chart_not_found')
  return toChart(chart, useAppSettings().siteUrl)
})
