import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, createRouter, defineEventHandler, toNodeListener } from 'h3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loginBodySchema } from '../../../server/auth/schemas'

// The limiter reads its allowance when the module loads.
vi.stubEnv('AUTH_RATE_LIMIT', '2')
const http = await import('../../../server/auth/http')

let server: Server
let base = ''

beforeAll(async () => {
  const router = createRouter()
    .post('/login', defineEventHandler(async (event) => {
      const body = await http.readAuthBody(event, loginBodySchema)
      http.enforceAuthRateLimit(event, 'login', body.email)
      http.setSessionCookie(event, 'tok')
      return { email: body.email }
    }))
    .get('/whoami', defineEventHandler(event => ({ token: http.readEventToken(event) })))
    .post('/logout', defineEventHandler((event) => {
      http.clearSessionCookie(event)
      return { ok: true }
    }))
  server = createServer(toNodeListener(createApp().use(router)))
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.close()
  vi.unstubAllEnvs()
})

function login(body: unknown, ip = '198.51.100.1') {
  return fetch(`${base}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  })
}

describe('auth/http', () => {
  it('answers a malformed body with a coded 400 that names fields, not values', async () => {
    const response = await login({ email: 'secret-value', password: '' })
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.statusMessage).toBe('invalid_input')
    expect(body.data.code).toBe('invalid_input')
    expect(body.data.fields.map((f: { path: string }) => f.path)).toEqual(['email', 'password'])
    expect(JSON.stringify(body)).not.toContain('secret-value')
  })

  it('answers broken JSON with the same coded 400', async () => {
    const response = await fetch(`${base}/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":',
    })
    expect(response.status).toBe(400)
    expect((await response.json()).data.code).toBe('invalid_input')
  })

  it('sets an httpOnly session cookie and clears it on sign-out', async () => {
    const response = await login({ email: 'cookie@example.com', password: 'x' })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^wanwu\.token=tok;/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Max-Age=2592000/)

    const out = await fetch(`${base}/logout`, { method: 'POST' })
    expect(out.headers.get('set-cookie')).toMatch(/^wanwu\.token=;.*Max-Age=0/i)
  })

  it('reads the bearer header first, then the cookie', async () => {
    const both = await fetch(`${base}/whoami`, {
      headers: { authorization: 'Bearer from-header', cookie: 'wanwu.token=from-cookie' },
    })
    expect(await both.json()).toEqual({ token: 'from-header' })
    const cookieOnly = await fetch(`${base}/whoami`, { headers: { cookie: 'wanwu.token=c' } })
    expect(await cookieOnly.json()).toEqual({ token: 'c' })
  })

  it('limits attempts per email across addresses with a 429 and Retry-After', async () => {
    const email = 'limited@example.com'
    expect((await login({ email, password: 'x' }, '203.0.113.1')).status).toBe(200)
    expect((await login({ email, password: 'x' }, '203.0.113.2')).status).toBe(200)
    const refused = await login({ email, password: 'x' }, '203.0.113.3')
    const body = await refused.json()
    expect(refused.status).toBe(429)
    expect(body.data).toMatchObject({ code: 'rate_limited' })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('limits attempts per address across emails at five times the email allowance', async () => {
    const ip = '192.0.2.77'
    const statuses = []
    for (let i = 0; i < 11; i++) {
      statuses.push((await login({ email: `user${i}@example.com`, password: 'x' }, ip)).status)
    }
    expect(statuses.slice(0, 10).every(status => status === 200)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})
