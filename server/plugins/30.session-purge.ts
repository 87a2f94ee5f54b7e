import { consola } from 'consola'

const HOUR_MS = 60 * 60 * 1000

// Expired sessions are refused anyway; this only keeps the table small.
export default defineNitroPlugin((nitro) => {
  if (import.meta.prerender) return
  const timer = setInterval(async () => {
    try {
      const removed = await useDb().repos.sessions.purgeExpired()
      if (removed) consola.withTag('auth').info(`purged ${removed} expired sessions`)
    }
    catch (error) {
      consola.withTag('auth').warn(`session purge failed: ${(error as Error).message}`)
    }
  }, HOUR_MS)
  timer.unref()
  nitro.hooks.hook('close', () => clearInterval(timer))
})
