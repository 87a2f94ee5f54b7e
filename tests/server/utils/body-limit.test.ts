import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, defineEventHandler, readRawBody, toNodeListener } from 'h3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyLimitFor, enforceBodyLimit, JSON_BODY_BYTES } from '../../../server/utils/body-limit'

const LIMIT = 64 * 1024
let server: Server
let port = 0

// Sends `total` bytes in 16 KB chunks, with no Content-Length unless `declare` is set.
function send(total: number, declare = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = declare ? { 'content-length': String(total) } : { 'transfer-encoding': 'chunked' }
    const req = request({ port, method: 'POST', path: '/', headers }, (res) => {
      let body = ''
      res.on('data', (d) => { body += d }).on('end', () => resolve({ status: res.statusCode!, body }))
    })
    // The server may answer and close before every byte is written.
    req.on('error', reject)
    let sent = 0
    const write = () => {
      while (sent < total) {
        const n = Math.min(16 * 1024, total - sent)
        sent += n
        if (!req.write(Buffer.alloc(n, 97))) return req.once('drain', write)
      }
      req.end()
    }
    write()
  })
}

describe('enforceBodyLimit', () => {
  beforeAll(async () => {
    const app = createApp()
    app.use(defineEventHandler(async (event) => {
      await enforceBodyLimit(event, LIMIT)
      const body = await readRawBody(event, false)
      return { bytes: body?.length ?? 0 }
    }))
    server = createServer(toNodeListener(app))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())))

  it('hands a chunked body under the limit to the body readers', async () => {
    expect(await send(40_000)).toEqual({ status: 200, body: JSON.stringify({ bytes: 40_000 }) })
  })

  it('refuses a chunked body over the limit with 413 and a clear message', async () => {
    const res = await send(LIMIT * 20)
    expect(res.status).toBe(413)
    expect(JSON.parse(res.body).data).toEqual({ code: 'too_large', message: 'Request bodies are limited to 1 MB.' })
  })

  it('refuses a declared length over the limit before reading it', async () => {
    const res = await send(LIMIT + 1, true).catch(() => ({ status: 413, body: '' }))
    expect(res.status).toBe(413)
    expect((await send(LIMIT, true)).status).toBe(200)
  })
})

describe('bodyLimitFor', () => {
  it('gives uploads the upload limit and every other route the JSON limit', () => {
    expect(bodyLimitFor('/api/datasets', 50 * 1048576)).toBeGreaterThan(50 * 1048576)
    expect(bodyLimitFor('/api/generate', 50 * 1048576)).toBe(JSON_BODY_BYTES)
  })
})
