import type { H3Event } from 'h3'
import { authError } from '../auth/errors'
import { readEventToken, renewSessionCookie } from '../auth/http'
import { resolveToken, type ResolvedAuth } from '../auth/sessions'
import type { AuthUser } from '../auth/user'

export type { AuthUser } from '../auth/user'

declare module 'h3' {
  interface H3EventContext {
    /** Resolved once per request: null for anonymous callers. */
    auth?: Promise<ResolvedAuth | null>
  }
}

/** Who is calling, from the bearer token (session or API token) or the session cookie. */
export function getCurrentAuth(event: H3Event): Promise<ResolvedAuth | null> {
  event.context.auth ??= (async () => {
    const token = readEventToken(event)
    if (!token) return null
    const auth = await resolveToken(useDb().repos, token)
    if (auth?.renewed) renewSessionCookie(event, token)
    return auth
  })()
  return event.context.auth
}

export async function getCurrentUser(event: H3Event): Promise<AuthUser | null> {
  return (await getCurrentAuth(event))?.user ?? null
}

/** The signed-in user, or a 401 `unauthenticated` error. */
export async function requireUser(event: H3Event): Promise<AuthUser> {
  const user = await getCurrentUser(event)
  if (!user) throw authError('unauthenticated')
  return user
}

/**
 * Like `requireUser`, but refuses personal access tokens: changing the password or deleting
 * the account needs someone who signed in, not a script holding a token.
 */
export async function requireSession(
  event: H3Event,
): Promise<{ user: AuthUser, sessionId: string }> {
  const auth = await getCurrentAuth(event)
  if (!auth?.sessionId) throw authError('unauthenticated')
  return { user: auth.user, sessionId: auth.sessionId }
}
