import { z } from 'zod'

const Query = z.object({
  q: z.string().trim().max(100).optional(),
  mark: z.string().max(20).optional(),
  tag: z.string().max(32).optional(),
  sort: z.enum(['new', 'views']).default('new'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(48).default(24),
})

export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, Query.parse)
  const page = await useDb().repos.charts.listPublic(query)
  return { ...page, items: page.items.map(toChartCard) }
})
