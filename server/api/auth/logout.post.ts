import { clearSessionCookie, readEventToken } from '../../auth/http'
import { endSession } from '../../auth/sessions'

// Succeeds without a valid session too: signing out twice must not show an error.
export default defineEventHandler(async (event) => {
  const token = readEventToken(event)
  if (token) await endSession(useDb().repos, token)
  clearSessionCookie(event)
  return { ok: true }
})
