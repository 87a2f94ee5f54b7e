import { registerAccount } from '../../auth/accounts'
import {
  enforceAuthRateLimit, readAuthBody, readUserAgent, setSessionCookie,
} from '../../auth/http'
import { registerBodySchema } from '../../auth/schemas'

export default defineEventHandler(async (event) => {
  const body = await readAuthBody(event, registerBodySchema)
  enforceAuthRateLimit(event, 'register', body.email)

  const { token } = await registerAccount(useDb().repos, body, readUserAgent(event))
  setSessionCookie(event, token)
  setResponseStatus(event, 201)
  return { token }
})
