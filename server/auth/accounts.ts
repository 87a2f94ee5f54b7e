import type { User } from '../db/types'
import { authError } from './errors'
import { handleFromEmail, pickFreeHandle } from './handle'
import { burnPasswordCheck, hashPassword, verifyPassword } from './password'
import type { AuthRepos } from './repos'
import type { AccountPatch, LoginBody, RegisterBody } from './schemas'
import { startSession } from './sessions'
import { toAuthUser, type AuthUser } from './user'

export interface SignedIn {
  user: AuthUser
  token: string
}

export async function registerAccount(
  repos: AuthRepos,
  body: RegisterBody,
  userAgent?: string | null,
): Promise<SignedIn> {
  if (await repos.users.findByEmail(body.email)) throw authError('email_taken')
  if (body.name && await repos.users.findByName(body.name)) throw authError('name_taken')

  const isTaken = async (name: string) => !!await repos.users.findByName(name)
  const name = body.name ?? await pickFreeHandle(handleFromEmail(body.email), isTaken)
  const user = await repos.users.create({
    email: body.email,
    name,
    displayName: body.displayName ?? null,
    passwordHash: await hashPassword(body.password),
    locale: body.locale ?? 'en',
  })
  // null means a concurrent sign-up took the email or the name between the checks and the insert.
  if (!user) {
    throw authError(await repos.users.findByEmail(body.email) ? 'email_taken' : 'name_taken')
  }

  return { user: toAuthUser(user), token: await startSession(repos, user.id, userAgent) }
}

export async function signInWithPassword(
  repos: AuthRepos,
  body: LoginBody,
  userAgent?: string | null,
): Promise<SignedIn> {
  const user = await repos.users.findByEmail(body.email)
  if (!user?.passwordHash) {
    // Same work as a real check, so response time does not reveal which emails have accounts.
    await burnPasswordCheck(body.password)
    throw authError('invalid_credentials')
  }
  if (!await verifyPassword(user.passwordHash, body.password)) {
    throw authError('invalid_credentials')
  }

  return { user: toAuthUser(user), token: await startSession(repos, user.id, userAgent) }
}

async function requirePassword(repos: AuthRepos, userId: string, password: string): Promise<User> {
  const user = await repos.users.findById(userId)
  if (!user) throw authError('unauthenticated')
  if (!user.passwordHash || !await verifyPassword(user.passwordHash, password)) {
    throw authError('wrong_password')
  }
  return user
}

/** Changes the password and signs every other device out; the current session stays. */
export async function changePassword(
  repos: AuthRepos,
  userId: string,
  currentSessionId: string | undefined,
  passwords: { currentPassword: string, newPassword: string },
): Promise<void> {
  await requirePassword(repos, userId, passwords.currentPassword)
  const updated = await repos.users.update(userId, {
    passwordHash: await hashPassword(passwords.newPassword),
  })
  if (!updated) throw authError('unauthenticated')
  await repos.sessions.deleteAllForUser(userId, currentSessionId)
}

export async function updateProfile(
  repos: AuthRepos,
  userId: string,
  patch: AccountPatch,
): Promise<AuthUser> {
  const updated = await repos.users.update(userId, patch)
  if (!updated) throw authError('unauthenticated')
  return toAuthUser(updated)
}

/**
 * Deletes the account after re-checking the password; the database cascades to sessions,
 * charts and datasets. Returns the storage keys of the dataset files left to remove.
 */
export async function deleteAccount(
  repos: AuthRepos,
  userId: string,
  password: string,
): Promise<string[]> {
  await requirePassword(repos, userId, password)
  const deleted = await repos.users.delete(userId)
  if (!deleted) throw authError('unauthenticated')
  return deleted.fileKeys
}
