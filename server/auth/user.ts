import type { SafeUser, User } from '../db/types'

/** A user as it may leave the server: the password hash never does. */
export type AuthUser = SafeUser

/** What GET /api/auth/session returns and nuxt-auth keeps as `data`. */
export interface SessionData {
  id: string
  email: string
  name: string
  locale: string
  displayName: string | null
}

export function toAuthUser(user: User | SafeUser): AuthUser {
  if (!('passwordHash' in user)) return user
  const { passwordHash: _hidden, ...rest } = user
  return rest
}

export function toSessionData(user: AuthUser): SessionData {
  const { id, email, name, locale, displayName } = user
  return { id, email, name, locale, displayName }
}
