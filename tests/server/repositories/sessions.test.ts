import { describe, expect, it } from 'vitest'
import { backends, useTestDatabase } from '../../helpers/db'
import { makeUser } from './fixtures'

describe.each(backends)('repositories/sessions ($name)', (backend) => {
  const t = useTestDatabase(backend)
  const hour = 3_600_000

  it('finds a live session with its user and forgets expired ones', async () => {
    const ada = await t.repos.users.create({
      email: 'ada@example.com', name: 'ada', passwordHash: '$argon2id$secret',
    })
    const now = Date.now()
    await t.repos.sessions.create({ id: 'live', userId: ada!.id, expiresAt: now + hour })
    await t.repos.sessions.create({ id: 'old', userId: ada!.id, expiresAt: now - 1 })

    const found = await t.repos.sessions.find('live', now)
    expect(found!.user).toMatchObject({ id: ada!.id, name: 'ada' })
    expect(found!.user).not.toHaveProperty('passwordHash')
    expect(found!.session).toMatchObject({ id: 'live', userAgent: null })
    expect(await t.repos.sessions.find('old', now)).toBeNull()
    expect(await t.repos.sessions.find('live', now + 2 * hour)).toBeNull()

    expect(await t.repos.sessions.extend('old', now + hour, now)).toBe(false)
    expect(await t.repos.sessions.extend('live', now + 3 * hour, now)).toBe(true)
    expect(await t.repos.sessions.find('live', now + 2 * hour)).not.toBeNull()

    expect(await t.repos.sessions.purgeExpired(now)).toBe(1)
    expect(await t.countRows('sessions')).toBe(1)
  })

  it('signs out one session or all but the current one', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const expiresAt = Date.now() + hour
    for (const id of ['a1', 'a2', 'a3']) {
      await t.repos.sessions.create({ id, userId: ada.id, expiresAt, userAgent: 'test' })
    }
    await t.repos.sessions.create({ id: 'b1', userId: bob.id, expiresAt })

    expect(await t.repos.sessions.delete('a1')).toBe(true)
    expect(await t.repos.sessions.delete('a1')).toBe(false)
    expect(await t.repos.sessions.deleteAllForUser(ada.id, 'a2')).toBe(1)
    expect(await t.repos.sessions.find('a2')).not.toBeNull()
    expect(await t.repos.sessions.deleteAllForUser(ada.id)).toBe(1)
    expect(await t.repos.sessions.find('b1')).not.toBeNull()
  })
})
