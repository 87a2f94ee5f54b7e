export default defineEventHandler(async (event) => {
  const user = await getCurrentUser(event)
  const chart = await requireVisibleChart(event, getRouterParam(event, 'id')!)
  return toChartDetail(chart, user?.id ?? null)
})
