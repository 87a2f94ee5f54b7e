import { z } from 'zod'

const Query = z.object({ mine: z.coerce.number().optional() })

export default defineEventHandler(async (event) => {
  const { mine } = await getValidatedQuery(event, Query.parse)
  const user = await getCurrentUser(event)
  const { datasets } = useDb().repos
  const locale = requestLocale(event)
  const own = user ? await datasets.listForUser(user.id) : []
  const all = mine ? own : [...own, ...await datasets.listSamples()]
  return all.map(d => toDatasetSummary(d, locale))
})
