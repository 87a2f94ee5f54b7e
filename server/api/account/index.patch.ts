import { updateProfile } from '../../auth/accounts'
import { readAuthBody } from '../../auth/http'
import { accountPatchSchema } from '../../auth/schemas'
import { toSessionData } from '../../auth/user'

export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const patch = await readAuthBody(event, accountPatchSchema)
  return toSessionData(await updateProfile(useDb().repos, user.id, patch))
})
