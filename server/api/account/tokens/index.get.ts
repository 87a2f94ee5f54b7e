import { activeTokens, toTokenListItem } from '../../../v1/tokens'
import { requireSession } from '../../../utils/auth'
import { useDb } from '../../../utils/services'

// Never the secrets: only their hashes are stored, and those stay on the server.
export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const tokens = await useDb().repos.apiTokens.listForUser(user.id)
  return activeTokens(tokens).map(toTokenListItem)
})
