import { v1Error } from '../../../v1/errors'
import { defineV1Handler, readV1Params } from '../../../v1/handler'
import { ChartIdParams } from '../../../v1/schemas'
import { requireUser } from '../../../utils/auth'
import { useDb } from '../../../utils/services'
import { invalidatePublicChart } from '../../../utils/public-cache'

export default defineV1Handler(async (event) => {
  const user = await requireUser(event)
  const { id } = readV1Params(event, ChartIdParams)
  const { charts } = useDb().repos
  // Read first only for the slug, whose cached public pages must go too.
  const chart = await charts.getForViewer(id, user.id)
  if (!chart || !await charts.delete(chart.id, user.id)) throw v1Error('chart_not_found')
  await invalidatePublicChart(chart.slug)
  return { ok: true as const }
})
