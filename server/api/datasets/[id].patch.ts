import { z } from 'zod'
import { overrideTypes, TypeOverrideError } from '../../../shared/engine/profile/overrides'
import type { DatasetDetail } from '../../../shared/types/api'

const Body = z.object({
  types: z.record(z.string().max(200), z.enum(['quantitative', 'temporal', 'nominal', 'ordinal'])),
})

// The owner overrides detected field types; charts already saved keep the types in their specs.
export default defineEventHandler(async (event): Promise<DatasetDetail> => {
  const user = await requireUser(event)
  const { types } = await readValidatedBody(event, Body.parse)
  const id = getRouterParam(event, 'id')!
  const current = await useDb().repos.datasets.get(id, user.id)
  if (!current || current.ownerId !== user.id) throw createError({ statusCode: 404, statusMessage: 'Dataset not found' })

  let profile
  try {
    profile = overrideTypes(current.profile, types)
  }
  catch (error) {
    if (!(error instanceof TypeOverrideError)) throw error
    throw createError({
      statusCode: 400, statusMessage: 'Bad field type',
      data: { code: error.reason, message: error.reason === 'unknown_field' ? 'No such field in this dataset.' : 'This field\'s values cannot be read as that type.' },
    })
  }
  const updated = await useDb().repos.datasets.updateProfile(id, user.id, profile)
  if (!updated) throw createError({ statusCode: 404, statusMessage: 'Dataset not found' })
  return toDatasetDetail(updated, requestLocale(event))
})
