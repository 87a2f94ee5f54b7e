import {
  activeTokens, createApiToken, MAX_ACTIVE_TOKENS, TokenBody, tokenError, toTokenListItem,
} from '../../../v1/tokens'
import { requireSession } from '../../../utils/auth'
import { useDb } from '../../../utils/services'

// Minting a token needs someone who signed in: a leaked token must not breed more tokens.
export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const body = TokenBody.safeParse(await readBody(event))
  if (!body.success) throw tokenError('invalid_input')
  const { name } = body.data
  const { apiTokens } = useDb().repos
  if (activeTokens(await apiTokens.listForUser(user.id)).length >= MAX_ACTIVE_TOKENS) {
    throw tokenError('too_many_tokens')
  }

  const { token, hash } = createApiToken()
  const created = await apiTokens.create({ userId: user.id, name, tokenHash: hash })
  setResponseStatus(event, 201)
  // The only time the plain token leaves the server.
  return { ...toTokenListItem(created), token }
})
