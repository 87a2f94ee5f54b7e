export default defineEventHandler(async (event) => {
  const user = await getCurrentUser(event)
  const chart = await requireVisibleChart(event, getRouterParam(event, 'id')!)
  return useDb().repos.charts.listVersions(chart.id, user?.id ?? null)
})
