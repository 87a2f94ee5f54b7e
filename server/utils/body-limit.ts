import { createError, getRequestHeader, type H3Event } from 'h3'

const PAYLOAD_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

// JSON bodies hold at most a 1 MB spec (in characters, so up to 3 MB of UTF-8) and some prompts.
export const JSON_BODY_BYTES = 8 * 1024 * 1024
// Room for the multipart framing around an upload that is just under the file limit.
const MULTIPART_SLACK = 1024 * 1024

/** The largest body a route takes: uploads get the upload limit, every other route less. */
export function bodyLimitFor(path: string, uploadBytes: number): number {
  return path.startsWith('/api/datasets') ? uploadBytes + MULTIPART_SLACK : JSON_BODY_BYTES
}

function tooLarge(maxBytes: number) {
  const mb = Math.max(1, Math.round(maxBytes / 1048576))
  return createError({
    statusCode: 413,
    statusMessage: 'Request too large',
    data: { code: 'too_large', message: `Request bodies are limited to ${mb} MB.` },
  })
}

/**
 * Refuses a body over `maxBytes` before anyone buffers it. A declared length is checked as is
 * (Node reads no further than it); a chunked body is read here, up to the limit, and handed to
 * h3's body readers, which would otherwise keep every byte in memory.
 */
export async function enforceBodyLimit(event: H3Event, maxBytes: number): Promise<void> {
  if (!PAYLOAD_METHODS.has(event.method)) return
  const declared = getRequestHeader(event, 'content-length')
  if (declared !== undefined) {
    if (Number(declared) > maxBytes) throw tooLarge(maxBytes)
    return
  }
  if (!/\bchunked\b/i.test(getRequestHeader(event, 'transfer-encoding') ?? '')) return

  const req = event.node.req
  const chunks: Buffer[] = []
  let size = 0
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        // Stop keeping bytes; Node discards the rest once the 413 is sent.
        req.off('data', onData)
        chunks.length = 0
        reject(tooLarge(maxBytes))
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData).once('end', () => resolve()).once('error', reject)
  })
  event._requestBody = Buffer.concat(chunks)
}
