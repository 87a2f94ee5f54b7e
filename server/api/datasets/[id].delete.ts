// Hides the upload; charts made from it keep rendering from the data key their versions hold.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const result = await useDb().repos.datasets.softDelete(getRouterParam(event, 'id')!, user.id)
  if (!result) throw createError({ statusCode: 404, statusMessage: 'Dataset not found' })
  return { ok: true, chartsUsing: result.chartsUsing }
})
