export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const dataset = await requireDataset(event, getRouterParam(event, 'id')!)
  if (dataset.ownerId !== user.id) throw createError({ statusCode: 404, statusMessage: 'Dataset not found' })
  return { charts: await useDb().repos.charts.countUsingDataset(dataset.id, user.id) }
})
