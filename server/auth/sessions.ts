import type { AuthRepos } from './repos'
import { createSessionToken, hashToken, isApiToken, SESSION_TTL_MS } from './token'
import { toAuthUser, type AuthUser } from './user'

export interface ResolvedAuth {
  user: AuthUser
  /** Hash of the session token; absent when the request used a personal access token. */
  sessionId?: string
  /** True when this request pushed the session's expiry forward, so the cookie should follow. */
  renewed?: boolean
}

// Renewing at most once a day keeps session lookups read-only on almost every request.
const RENEW_AFTER_MS = 24 * 60 * 60 * 1000

/** Opens a session and returns the token for the client; only its hash is stored. */
export async function startSession(
  repos: AuthRepos,
  userId: string,
  userAgent?: string | null,
  now = Date.now(),
): Promise<string> {
  const { token, hash } = createSessionToken()
  const agent = userAgent ? userAgent.slice(0, 256) : null
  const expiresAt = now + SESSION_TTL_MS
  await repos.sessions.create({ id: hash, userId, expiresAt, userAgent: agent })
  return token
}

/**
 * Finds who a bearer or cookie token belongs to. A session lives 30 days from its last renewal,
 * so people who come back at least once a month stay signed in.
 */
export async function resolveToken(
  repos: AuthRepos,
  token: string,
  now = Date.now(),
): Promise<ResolvedAuth | null> {
  if (isApiToken(token)) return resolveApiToken(repos, token)

  const sessionId = hashToken(token)
  const found = await repos.sessions.find(sessionId, now)
  if (!found) return null

  const user = toAuthUser(found.user)
  const age = now + SESSION_TTL_MS - found.session.expiresAt
  if (age < RENEW_AFTER_MS) return { user, sessionId }
  const renewed = await repos.sessions.extend(sessionId, now + SESSION_TTL_MS, now)
  return { user, sessionId, renewed }
}

async function resolveApiToken(repos: AuthRepos, token: string): Promise<ResolvedAuth | null> {
  const found = await repos.apiTokens.findByHash(hashToken(token))
  return found ? { user: toAuthUser(found.user) } : null
}

export async function endSession(repos: AuthRepos, token: string): Promise<void> {
  if (isApiToken(token)) return
  await repos.sessions.delete(hashToken(token))
}
