import { createHash, randomBytes } from 'node:crypto'

/** Personal access tokens are told apart from session tokens by this prefix. */
export const API_TOKEN_PREFIX = 'wanwu_pat_'

/** Must match `auth.provider.token.cookieName` in nuxt.config.ts. */
export const SESSION_COOKIE = 'wanwu.token'

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

export interface IssuedToken {
  /** Handed to the client once, never stored. */
  token: string
  /** What the database keeps: a leaked table does not let anyone sign in. */
  hash: string
}

/** SHA-256 is enough here: tokens carry 256 random bits, so there is nothing to brute-force. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export function createSessionToken(): IssuedToken {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX)
}

/**
 * Reads the token from an `Authorization: Bearer …` header, falling back to the session
 * cookie that SSR page loads and plain links carry.
 */
export function readRequestToken(
  authorization: string | null | undefined,
  cookie: string | null | undefined,
): string | null {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i)
  if (match?.[1]) return match[1]
  return cookie ? cookie : null
}
