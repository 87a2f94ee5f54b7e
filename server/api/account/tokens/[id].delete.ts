import { TokenIdParams } from '../../../v1/tokens'
import { requireSession } from '../../../utils/auth'
import { useDb } from '../../../utils/services'

export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const { id } = await getValidatedRouterParams(event, TokenIdParams.parse)
  const revoked = await useDb().repos.apiTokens.revoke(id, user.id)
  if (!revoked) {
    throw createError({
      statusCode: 404,
      statusMessage: 'token_not_found',
      data: { code: 'token_not_found', message: 'No such token on your account.' },
    })
  }
  return { ok: true }
})
