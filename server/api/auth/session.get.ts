import { toSessionData } from '../../auth/user'

export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'cache-control', 'no-store')
  return toSessionData(await requireUser(event))
})
