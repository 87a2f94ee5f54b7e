import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../../server/db'
import {
  changePassword, deleteAccount, registerAccount, signInWithPassword, updateProfile,
} from '../../../server/auth/accounts'
import { endSession, resolveToken, startSession } from '../../../server/auth/sessions'
import { API_TOKEN_PREFIX, hashToken, SESSION_TTL_MS } from '../../../server/auth/token'

const dir = mkdtempSync(join(tmpdir(), 'wanwu-auth-'))
let db: Database

beforeAll(async () => {
  db = await createDatabase({ dataDir: dir, migrationsFolder: resolve('drizzle/sqlite') })
  await db.migrate()
})

afterAll(async () => {
  await db.close()
  rmSync(dir, { recursive: true, force: true })
})

const password = 'correct horse'

function register(email: string, name?: string) {
  return registerAccount(db.repos, { email, password, name }, 'vitest')
}

describe('auth/accounts', () => {
  it('registers, derives a handle, and never returns the password hash', async () => {
    const { user, token } = await register('anna.li@example.com')
    expect(user).toMatchObject({ email: 'anna.li@example.com', name: 'anna-li', locale: 'en' })
    expect(user).not.toHaveProperty('passwordHash')
    expect((await resolveToken(db.repos, token))?.user.id).toBe(user.id)
  })

  it('refuses a taken email or handle with a coded 409', async () => {
    await register('bo@example.com', 'bo_1')
    await expect(register('bo@example.com')).rejects.toMatchObject({
      statusCode: 409, data: { code: 'email_taken' },
    })
    await expect(register('other@example.com', 'bo_1')).rejects.toMatchObject({
      statusCode: 409, data: { code: 'name_taken' },
    })
  })

  it('gives a second person with the same email prefix a suffixed handle', async () => {
    await register('sam@example.com')
    const { user } = await register('sam@example.org')
    expect(user.name).toMatch(/^sam-[a-z2-9]{4}$/)
  })

  it('signs in with the right password only, with one error for both failure cases', async () => {
    await register('cy@example.com')
    const { token } = await signInWithPassword(db.repos, { email: 'CY@example.com', password })
    expect((await resolveToken(db.repos, token))?.user.email).toBe('cy@example.com')

    await expect(signInWithPassword(db.repos, { email: 'cy@example.com', password: 'nope' }))
      .rejects.toMatchObject({ data: { code: 'invalid_credentials' } })
    await expect(signInWithPassword(db.repos, { email: 'nobody@example.com', password }))
      .rejects.toMatchObject({ data: { code: 'invalid_credentials' } })
  })

  it('stores only the token hash and forgets the session on sign-out', async () => {
    const { token } = await register('di@example.com')
    expect(await db.repos.sessions.find(token)).toBeNull()
    expect(await db.repos.sessions.find(hashToken(token))).not.toBeNull()

    await endSession(db.repos, token)
    expect(await resolveToken(db.repos, token)).toBeNull()
  })

  it('changes the password and signs out every other session', async () => {
    const { user, token: here } = await register('ed@example.com')
    const email = 'ed@example.com'
    const { token: elsewhere } = await signInWithPassword(db.repos, { email, password })
    const current = (await resolveToken(db.repos, here))!.sessionId
    const newPassword = 'n3w-password'

    const bad = changePassword(db.repos, user.id, current, { currentPassword: 'x', newPassword })
    await expect(bad).rejects.toMatchObject({ statusCode: 403, data: { code: 'wrong_password' } })

    await changePassword(db.repos, user.id, current, { currentPassword: password, newPassword })
    expect(await resolveToken(db.repos, here)).not.toBeNull()
    expect(await resolveToken(db.repos, elsewhere)).toBeNull()
    await expect(signInWithPassword(db.repos, { email, password: newPassword }))
      .resolves.toHaveProperty('token')
  })

  it('updates display name and locale', async () => {
    const { user } = await register('fu@example.com')
    const updated = await updateProfile(db.repos, user.id, { displayName: 'Fu 傅', locale: 'zh-CN' })
    expect(updated).toMatchObject({ displayName: 'Fu 傅', locale: 'zh-CN' })
    expect(updated).not.toHaveProperty('passwordHash')
  })

  it('deletes the account only with the password, taking its sessions along', async () => {
    const { user, token } = await register('gu@example.com')
    await expect(deleteAccount(db.repos, user.id, 'wrong')).rejects.toMatchObject({
      data: { code: 'wrong_password' },
    })
    expect(await deleteAccount(db.repos, user.id, password)).toEqual([])
    expect(await resolveToken(db.repos, token)).toBeNull()
    expect(await db.repos.users.findById(user.id)).toBeNull()
  })

  it('resolves personal access tokens through their hash', async () => {
    const { user } = await register('hu@example.com')
    const pat = `${API_TOKEN_PREFIX}test-token-value`
    await db.repos.apiTokens.create({ userId: user.id, name: 'ci', tokenHash: hashToken(pat) })

    const auth = await resolveToken(db.repos, pat)
    expect(auth?.user.id).toBe(user.id)
    expect(auth?.sessionId).toBeUndefined()
    expect(await resolveToken(db.repos, `${API_TOKEN_PREFIX}unknown`)).toBeNull()
  })

  it('expires sessions after 30 days unless they are used, renewing at most daily', async () => {
    const { user } = await register('iu@example.com')
    const day = 24 * 60 * 60 * 1000
    const start = Date.now()
    const unused = await startSession(db.repos, user.id, null, start)
    expect(await resolveToken(db.repos, unused, start + SESSION_TTL_MS + 1)).toBeNull()

    const used = await startSession(db.repos, user.id, null, start)
    expect((await resolveToken(db.repos, used, start + day / 2))?.renewed).toBeUndefined()
    expect((await resolveToken(db.repos, used, start + 2 * day))?.renewed).toBe(true)
    const later = await resolveToken(db.repos, used, start + SESSION_TTL_MS + day)
    expect(later?.user.id).toBe(user.id)
  })
})
