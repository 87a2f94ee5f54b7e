export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { charts } = useDb().repos
  const chart = await charts.getForViewer(getRouterParam(event, 'id')!, user.id)
  if (!chart || !await charts.delete(chart.id, user.id)) notFound()
  await invalidatePublicChart(chart.slug)
  return { ok: true }
})
