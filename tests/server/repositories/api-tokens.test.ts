import { describe, expect, it } from 'vitest'
import { backends, useTestDatabase } from '../../helpers/db'
import { makeUser } from './fixtures'

describe.each(backends)('repositories/api-tokens ($name)', (backend) => {
  const t = useTestDatabase(backend)

  it('finds an unrevoked token by hash and records its use', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const token = await t.repos.apiTokens.create({ userId: ada.id, name: 'cli', tokenHash: 'h1' })
    expect(token).toMatchObject({ name: 'cli', lastUsedAt: null, revokedAt: null })
    expect(token).not.toHaveProperty('tokenHash')

    const found = await t.repos.apiTokens.findByHash('h1', 1234)
    expect(found!.user.id).toBe(ada.id)
    expect(found!.user).not.toHaveProperty('passwordHash')
    expect(found!.token).toMatchObject({ id: token.id, lastUsedAt: 1234 })
    expect((await t.repos.apiTokens.listForUser(ada.id))[0]).toMatchObject({ lastUsedAt: 1234 })
    expect(await t.repos.apiTokens.findByHash('nope')).toBeNull()
  })

  it('lets only the owner revoke, after which the token stops working', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const token = await t.repos.apiTokens.create({ userId: ada.id, name: 'ci', tokenHash: 'h2' })

    expect(await t.repos.apiTokens.revoke(token.id, bob.id)).toBeNull()
    expect(await t.repos.apiTokens.revoke(token.id, ada.id)).toMatchObject({ id: token.id })
    expect(await t.repos.apiTokens.revoke(token.id, ada.id)).toBeNull()
    expect(await t.repos.apiTokens.findByHash('h2')).toBeNull()
    expect(await t.repos.apiTokens.listForUser(bob.id)).toEqual([])
  })
})
