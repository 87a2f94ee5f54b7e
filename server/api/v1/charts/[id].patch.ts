import { updateChart } from '../../../v1/charts'
import { defineV1Handler, readV1Body, readV1Params } from '../../../v1/handler'
import { ChartIdParams, PatchChartBody } from '../../../v1/schemas'
import { requireUser } from '../../../utils/auth'

export default defineV1Handler(async (event) => {
  const user = await requireUser(event)
  const { id } = readV1Params(event, ChartIdParams)
  const patch = await readV1Body(event, PatchChartBody)
  return updateChart(user.id, id, patch)
})
