import { randomBytes } from 'node:crypto'
import { createError } from 'h3'
import { z } from 'zod'
import { API_TOKEN_PREFIX, hashToken, type IssuedToken } from '../auth/token'
import type { ApiTokenSummary } from '../repositories/api-tokens'
import { TOKEN_ERRORS, type TokenErrorCode } from './token-errors'

export const TokenBody = z.object({ name: z.string().trim().min(1).max(100) })

export const TokenIdParams = z.object({ id: z.string().min(1).max(64) })

/** Enough for every script and machine a person runs; more is likelier a leak than a need. */
export const MAX_ACTIVE_TOKENS = 25

/** Same shape as the auth errors, so the account page reads both the same way. */
export function tokenError(code: TokenErrorCode) {
  const [statusCode, message] = TOKEN_ERRORS[code]
  const data = { code, message }
  return createError({ statusCode, statusMessage: code, message: `[tokens] ${message}`, data })
}

/**
 * A personal access token: the prefix lets the resolver (and secret scanners) tell it apart
 * from a session token; it is hashed the same way, so `findByHash` finds it.
 * TODO(#6): scopes (read-only tokens) and expiry dates; a token reaches all its owner's charts.
 */
export function createApiToken(): IssuedToken {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
  return { token, hash: hashToken(token) }
}

export interface TokenListItem {
  id: string
  name: string
  createdAt: number
  lastUsedAt: number | null
}

export function toTokenListItem(token: ApiTokenSummary): TokenListItem {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
  }
}

/** Revoked tokens stay in the table for the record but no longer concern their owner. */
export function activeTokens(tokens: ApiTokenSummary[]): ApiTokenSummary[] {
  return tokens.filter(t => t.revokedAt === null)
}
