import { changePassword } from '../../auth/accounts'
import { enforceAuthRateLimit, readAuthBody } from '../../auth/http'
import { passwordChangeSchema } from '../../auth/schemas'

export default defineEventHandler(async (event) => {
  const { user, sessionId } = await requireSession(event)
  const body = await readAuthBody(event, passwordChangeSchema)
  enforceAuthRateLimit(event, 'reauth', user.id)

  await changePassword(useDb().repos, user.id, sessionId, body)
  return { ok: true }
})
