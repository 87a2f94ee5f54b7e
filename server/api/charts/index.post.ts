export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const body = await readValidatedBody(event, ChartBody.parse)
  const { charts } = useDb().repos
  const dataKey = await dataKeyFor(event, body)
  await assertDrawable(body.spec, dataKey)
  const created = await charts.create({
    ownerId: user.id,
    title: body.title,
    description: body.description,
    visibility: body.visibility,
    datasetId: body.datasetId ?? null,
    tags: body.tags,
    spec: body.spec,
    prompt: body.prompt,
    mark: markOf(body.spec),
    dataKey,
    message: body.message,
  })
  await invalidatePublicChart(created.slug)
  setResponseStatus(event, 201)
  return toChartDetail((await charts.getForViewer(created.id, user.id))!, user.id)
})
