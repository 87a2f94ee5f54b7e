export default defineEventHandler(async (event) => {
  const name = getRouterParam(event, 'name')!
  const { users, charts } = useDb().repos
  const user = await users.findByName(name)
  if (!user) throw createError({ statusCode: 404, statusMessage: 'User not found' })
  const page = await charts.listByUser(user.name, { pageSize: 100 })
  return { name: user.name, displayName: user.displayName || user.name, items: page.items.map(toChartCard) }
})
