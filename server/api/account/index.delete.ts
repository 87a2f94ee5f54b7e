import { deleteAccount } from '../../auth/accounts'
import { clearSessionCookie, enforceAuthRateLimit, readAuthBody } from '../../auth/http'
import { accountDeleteSchema } from '../../auth/schemas'

export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const { password } = await readAuthBody(event, accountDeleteSchema)
  enforceAuthRateLimit(event, 'reauth', user.id)

  const fileKeys = await deleteAccount(useDb().repos, user.id, password)
  // TODO(#6): remove these dataset files from storage once the storage layer offers deletes.
  void fileKeys
  clearSessionCookie(event)
  return { ok: true }
})
