import { TokenIdParams, tokenError } from '../../../v1/tokens'
import { requireSession } from '../../../utils/auth'
import { useDb } from '../../../utils/services'

export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const params = TokenIdParams.safeParse(getRouterParams(event, { decode: true }))
  if (!params.success) throw tokenError('token_not_found')
  const { id } = params.data
  const revoked = await useDb().repos.apiTokens.revoke(id, user.id)
  if (!revoked) throw tokenError('token_not_found')
  return { ok: true }
})
