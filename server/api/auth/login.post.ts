import { signInWithPassword } from '../../auth/accounts'
import {
  enforceAuthRateLimit, readAuthBody, readUserAgent, setSessionCookie,
} from '../../auth/http'
import { loginBodySchema } from '../../auth/schemas'

export default defineEventHandler(async (event) => {
  const body = await readAuthBody(event, loginBodySchema)
  enforceAuthRateLimit(event, 'login', body.email)

  const { token } = await signInWithPassword(useDb().repos, body, readUserAgent(event))
  setSessionCookie(event, token)
  return { token }
})
