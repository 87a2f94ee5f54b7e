import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { LRUCache } from 'lru-cache'

const gzipAsync = promisify(gzip)

// Pages and files under /c/ and /embed/ (left out of h3-compression in nuxt.config.ts) are
// gzipped once per ETag and kept: compressing the same cached page on every hit cost more than
// serving it.
const PUBLIC_PATH = /^\/(?:c|embed)\//
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg\+xml)/
const MIN_BYTES = 1024

const compressed = new LRUCache<string, Buffer>({
  max: 5000,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: value => value.byteLength,
})

function bodyBytes(body: unknown): Buffer | undefined {
  if (typeof body === 'string') return Buffer.from(body)
  if (body instanceof Uint8Array) return Buffer.from(body)
  return undefined
}

export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('beforeResponse', async (event, response) => {
    if (!PUBLIC_PATH.test(event.path)) return
    const res = event.node.res
    const etag = res.getHeader('etag')
    const type = String(res.getHeader('content-type') ?? '')
    if (typeof etag !== 'string' || res.getHeader('content-encoding')) return
    if (!COMPRESSIBLE.test(type)) return
    const vary = String(res.getHeader('vary') ?? '')
    if (!/accept-encoding/i.test(vary)) {
      res.setHeader('vary', vary ? `Accept-Encoding, ${vary}` : 'Accept-Encoding')
    }
    if (!getRequestHeader(event, 'accept-encoding')?.includes('gzip')) return

    const body = bodyBytes(response.body)
    if (!body || body.byteLength < MIN_BYTES) return
    const key = `${event.path.split('?')[0]}\n${etag}`
    let packed = compressed.get(key)
    if (!packed) {
      packed = await gzipAsync(body)
      compressed.set(key, packed)
    }
    res.setHeader('content-encoding', 'gzip')
    res.removeHeader('content-length')
    response.body = packed
  })
})
