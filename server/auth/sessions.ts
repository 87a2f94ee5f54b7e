import type { AuthRepos } from './repos'
import { createSessionToken, hashToken, isApiToken, SESSION_TTL_MS } from './token'
import { toAuthUser, type AuthUser } from './user'

export interface ResolvedAuth {
  user: AuthUser
  /** Hash of the session token; absent when the request used a personal access token. */
  sessionId?: string
}

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
 * Finds who a bearer or cookie token belongs to. Sessions expire after 30 days from sign-in.
 * TODO(#6): slide the expiry forward on use once the sessions repository can extend one.
 */
export async function resolveToken(repos: AuthRepos, token: string): Promise<ResolvedAuth | null> {
  if (isApiToken(token)) return resolveApiToken(repos, token)

  const sessionId = hashToken(token)
  const found = await repos.sessions.find(sessionId)
  return found ? { user: toAuthUser(found.user), sessionId } : null
}

async function resolveApiToken(repos: AuthRepos, token: string): Promise<ResolvedAuth | null> {
  const found = await repos.apiTokens.findByHash(hashToken(token))
  return found ? { user: toAuthUser(found.user) } : null
}

export async function endSession(repos: AuthRepos, token: string): Promise<void> {
  if (isApiToken(token)) return
  await repos.sessions.delete(hashToken(token))
}
