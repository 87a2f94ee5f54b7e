import { metrics } from '../metrics'
import { metricsAccess } from '../metrics/access'

// Prometheus scrape endpoint; exists only when METRICS_TOKEN is set.
export default defineEventHandler(async (event) => {
  const access = metricsAccess(process.env.METRICS_TOKEN, getRequestHeader(event, 'authorization'))
  if (access === 'off') throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  if (access === 'denied') {
    setResponseHeader(event, 'www-authenticate', 'Bearer')
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' })
  }
  setResponseHeader(event, 'content-type', metrics.registry.contentType)
  setResponseHeader(event, 'cache-control', 'no-store')
  return metrics.registry.metrics()
})
