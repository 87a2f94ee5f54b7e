import { bodyLimitFor, enforceBodyLimit } from '../utils/body-limit'

// Before any handler reads a body: a chunked upload of gigabytes must not reach memory.
export default defineEventHandler(async (event) => {
  await enforceBodyLimit(event, bodyLimitFor(event.path, useAppSettings().limits.uploadBytes))
})
