import {
  activeTokens, createApiToken, MAX_ACTIVE_TOKENS, TokenBody, toTokenListItem,
} from '../../../v1/tokens'
import { readAuthBody } from '../../../auth/http'
import { requireSession } from '../../../utils/auth'
import { useDb } from '../../../utils/services'

// Minting a token needs someone who signed in: a leaked token must not breed more tokens.
export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const { name } = await readAuthBody(event, TokenBody)
  const { apiTokens } = useDb().repos
  if (activeTokens(await apiTokens.listForUser(user.id)).length >= MAX_ACTIVE_TOKENS) {
    throw createError({
      statusCode: 409,
      statusMessage: 'too_many_tokens',
      data: { code: 'too_many_tokens', message: `Revoke a token first (at most ${MAX_ACTIVE_TOKENS}).` },
    })
  }

  const { token, hash } = createApiToken()
  const created = await apiTokens.create({ userId: user.id, name, tokenHash: hash })
  setResponseStatus(event, 201)
  // The only time the plain token leaves the server.
  return { ...toTokenListItem(created), token }
})
