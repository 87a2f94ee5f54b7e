import { consola } from 'consola'
import { deleteAccount } from '../../auth/accounts'
import { clearSessionCookie, enforceAuthRateLimit, readAuthBody } from '../../auth/http'
import { accountDeleteSchema } from '../../auth/schemas'

export default defineEventHandler(async (event) => {
  const { user } = await requireSession(event)
  const { password } = await readAuthBody(event, accountDeleteSchema)
  enforceAuthRateLimit(event, 'reauth', user.id)

  const fileKeys = await deleteAccount(useDb().repos, user.id, password)
  clearSessionCookie(event)

  // The account is gone either way; a file that will not delete is logged, not a failed request.
  const { files } = useStorages()
  const results = await Promise.allSettled(fileKeys.map(key => files.removeItem(key)))
  const failed = results.filter(result => result.status === 'rejected').length
  if (failed) consola.withTag('auth').warn(`[auth] ${failed} dataset file(s) left in storage`)
  return { ok: true }
})
