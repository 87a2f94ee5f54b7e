export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const fork = await useDb().repos.charts.fork(getRouterParam(event, 'id')!, user.id)
  if (!fork) notFound()
  setResponseStatus(event, 201)
  return toChartDetail((await useDb().repos.charts.getForViewer(fork.id, user.id))!, user.id)
})
