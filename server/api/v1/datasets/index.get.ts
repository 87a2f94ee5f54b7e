import { defineV1Handler } from '../../../v1/handler'
import { toDataset } from '../../../v1/present'
import { requireUser } from '../../../utils/auth'
import { useDb } from '../../../utils/services'

// The caller's own datasets first, then the samples everyone can chart.
export default defineV1Handler(async (event) => {
  const user = await requireUser(event)
  const { datasets } = useDb().repos
  const [own, samples] = await Promise.all([datasets.listForUser(user.id), datasets.listSamples()])
  return { items: [...own, ...samples].map(toDataset) }
})
