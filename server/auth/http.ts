import {
  deleteCookie, getCookie, getRequestHeader, getRequestIP, getRequestProtocol, isError, readBody,
  setCookie, setResponseHeader, type H3Event,
} from 'h3'
import type { z } from 'zod'
import { authError, invalidInputError } from './errors'
import { createRateLimiter } from './rate-limit'
import { readRequestToken, SESSION_COOKIE, SESSION_TTL_MS } from './token'

/** Parses a JSON or form body; a mismatch is a 400 naming the fields, never their values. */
export async function readAuthBody<S extends z.ZodType>(event: H3Event, schema: S) {
  const body = await readBody(event).catch((error: unknown) => {
    // h3 rejects broken JSON with its own 400; answer in the same coded shape as other errors.
    if (isError(error) && error.statusCode === 400) throw authError('invalid_input')
    throw error
  })
  const result = schema.safeParse(body)
  if (!result.success) throw invalidInputError(result.error)
  return result.data as z.output<S>
}

export function readEventToken(event: H3Event): string | null {
  const header = getRequestHeader(event, 'authorization')
  return readRequestToken(header, getCookie(event, SESSION_COOKIE))
}

export function readUserAgent(event: H3Event): string | null {
  return getRequestHeader(event, 'user-agent') ?? null
}

// The server sets the cookie itself: nuxt-auth writes it from the browser, where an httpOnly
// cookie cannot be created, so SSR pages would otherwise never see the session.
export function setSessionCookie(event: H3Event, token: string) {
  setCookie(event, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getRequestProtocol(event) === 'https',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  })
}

/** After a session was renewed, gives a cookie-carried token the renewed lifetime too. */
export function renewSessionCookie(event: H3Event, token: string) {
  if (getCookie(event, SESSION_COOKIE) === token) setSessionCookie(event, token)
}

export function clearSessionCookie(event: H3Event) {
  deleteCookie(event, SESSION_COOKIE, { path: '/' })
}

const WINDOW_MS = 15 * 60 * 1000

/** Attempts per account per 15 minutes; AUTH_RATE_LIMIT raises it for load tests. */
function attemptsPerWindow(): number {
  const value = Number(process.env.AUTH_RATE_LIMIT)
  return Number.isInteger(value) && value > 0 ? value : 10
}

// One address can hide several people (offices, campus NAT), so it gets more room than an account.
const IP_FACTOR = 5
const limiters = {
  account: createRateLimiter({ limit: attemptsPerWindow(), windowMs: WINDOW_MS }),
  ip: createRateLimiter({ limit: attemptsPerWindow() * IP_FACTOR, windowMs: WINDOW_MS }),
}

/** `reauth` covers password checks inside a session (password change, account deletion). */
export type AuthAction = 'login' | 'register' | 'reauth'

/**
 * Counts an attempt against the caller's address and the targeted account (email or user id).
 * X-Forwarded-For is trusted because the app is meant to run behind a proxy; a spoofed header
 * only dodges the address limit, the per-account limit still caps guesses at one account.
 * TODO(#6): make trusting X-Forwarded-For a setting.
 */
export function enforceAuthRateLimit(event: H3Event, action: AuthAction, account: string) {
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown'
  const results = [
    limiters.ip.hit(`${action}:${ip}`),
    limiters.account.hit(`${action}:${account}`),
  ]
  const retryAfterMs = Math.max(...results.map(r => r.retryAfterMs))
  if (results.every(r => r.allowed)) return

  const retryAfterSeconds = Math.ceil(retryAfterMs / 1000)
  setResponseHeader(event, 'retry-after', retryAfterSeconds)
  throw authError('rate_limited', { retryAfterSeconds })
}
