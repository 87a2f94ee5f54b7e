import { z } from 'zod'

const Query = z.object({ page: z.coerce.number().int().min(1).default(1) })

export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { page } = await getValidatedQuery(event, Query.parse)
  const result = await useDb().repos.charts.listMine(user.id, { page, pageSize: 100 })
  return result.items.map(toChartCard)
})
