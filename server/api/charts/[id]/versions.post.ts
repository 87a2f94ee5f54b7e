// Save: a new immutable version, plus the chart's title, description and visibility.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const body = await readValidatedBody(event, ChartBody.parse)
  const id = getRouterParam(event, 'id')!
  const { charts } = useDb().repos
  const dataKey = await dataKeyFor(event, body)
  await assertDrawable(body.spec, dataKey)
  const saved = await charts.saveVersion(id, user.id, {
    spec: body.spec,
    prompt: body.prompt,
    mark: markOf(body.spec),
    dataKey,
    message: body.message,
  })
  if (!saved) notFound()
  await charts.updateMeta(id, user.id, {
    title: body.title, description: body.description, visibility: body.visibility, tags: body.tags,
  })
  await invalidatePublicChart(saved.slug)
  setResponseStatus(event, 201)
  return toChartDetail((await charts.getForViewer(id, user.id))!, user.id)
})
