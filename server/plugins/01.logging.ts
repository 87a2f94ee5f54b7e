import { randomUUID } from 'node:crypto'
import { consola } from 'consola'

const log = consola.withTag('http')

// One structured line per request. The query string is left out on purpose: it can carry tokens.
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('request', (event) => {
    event.context.requestStart = performance.now()
    event.context.requestId = getRequestHeader(event, 'x-request-id')?.slice(0, 64) || randomUUID()
    setResponseHeader(event, 'x-request-id', event.context.requestId)
  })
  nitro.hooks.hook('afterResponse', (event) => {
    const start = event.context.requestStart as number | undefined
    log.info(JSON.stringify({
      id: event.context.requestId,
      method: event.method,
      path: event.path.split('?')[0],
      status: getResponseStatus(event),
      ms: start === undefined ? undefined : Math.round((performance.now() - start) * 10) / 10,
    }))
  })
})
