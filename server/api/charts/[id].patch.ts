
const Patch = ChartBody.pick({ title: true, description: true, visibility: true, tags: true }).partial()

export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const patch = await readValidatedBody(event, Patch.parse)
  const updated = await useDb().repos.charts.updateMeta(getRouterParam(event, 'id')!, user.id, patch)
  if (!updated) notFound()
  await invalidatePublicChart(updated.slug)
  return toChartDetail((await useDb().repos.charts.getForViewer(updated.id, user.id))!, user.id)
})
