import { v1Error } from '../../v1/errors'
import { defineV1Handler } from '../../v1/handler'

// Unknown /api/v1 addresses answer in the API's error shape, not with the app's 404 page.
export default defineV1Handler(async () => {
  throw v1Error('not_found')
})
