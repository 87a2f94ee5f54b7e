import type { H3Event } from 'h3'
import { metrics } from '../metrics'

// The route pattern (/api/charts/:id), never the raw path: one series per route, not per id.
const routeOf = (event: H3Event): string => event.context.matchedRoute?.path ?? 'unmatched'

export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('request', (event) => {
    event.context.metricsStart = performance.now()
  })
  nitro.hooks.hook('afterResponse', async (event) => {
    const start = event.context.metricsStart as number | undefined
    if (start === undefined) return
    const seconds = (performance.now() - start) / 1000
    metrics.observeRequest(routeOf(event), event.method, getResponseStatus(event), seconds)
    // Only callers the request already identified count: no extra lookup for metrics' sake.
    // A failed lookup was answered as an error already; here it only means nobody to count.
    const auth = await event.context.auth?.catch(() => null)
    if (auth) metrics.seenUser(auth.user.id)
  })
})
