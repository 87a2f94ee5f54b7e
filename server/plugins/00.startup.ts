import { consola } from 'consola'

// Fail at start, not on the first request, when a setting is missing or the database is unreachable.
export default defineNitroPlugin(() => {
  if (import.meta.prerender) return
  startServices().catch((error: unknown) => {
    consola.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
})
