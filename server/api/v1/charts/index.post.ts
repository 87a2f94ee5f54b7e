import { createChartFromPrompt } from '../../../v1/charts'
import { defineV1Handler, readV1Body } from '../../../v1/handler'
import { CreateChartBody } from '../../../v1/schemas'
import { requireUser } from '../../../utils/auth'

export default defineV1Handler(async (event) => {
  const user = await requireUser(event)
  const body = await readV1Body(event, CreateChartBody)
  const chart = await createChartFromPrompt(user.id, body)
  setResponseStatus(event, 201)
  setResponseHeader(event, 'location', `/api/v1/charts/${chart.id}`)
  return chart
})
