import { describe, expect, it } from 'vitest'
import { isUniqueViolation } from '../../../server/db/errors'
import { backends, useTestDatabase } from '../../helpers/db'
import { makeUser, sampleProfile } from './fixtures'

describe.each(backends)('repositories/users ($name)', (backend) => {
  const t = useTestDatabase(backend)

  it('creates a user and finds it by id, email (any case) and name', async () => {
    const user = await t.repos.users.create({ email: 'Ada@Example.com', name: 'ada' })
    expect(user).toMatchObject({ email: 'ada@example.com', name: 'ada', isAdmin: false })
    expect(user!.createdAt).toBeGreaterThan(Date.now() - 60_000)

    expect(await t.repos.users.findById(user!.id)).toEqual(user)
    expect(await t.repos.users.findByEmail('ADA@example.com')).toEqual(user)
    expect(await t.repos.users.findByName('ada')).toEqual(user)
    expect(await t.repos.users.findByName('nobody')).toBeNull()
  })

  it('returns null instead of a second user with the same email or name', async () => {
    await makeUser(t.repos, 'ada')
    expect(await t.repos.users.create({ email: 'ADA@example.com', name: 'other' })).toBeNull()
    expect(await t.repos.users.create({ email: 'x@example.com', name: 'ada' })).toBeNull()
    expect(await t.countRows('users')).toBe(1)
  })

  it('updates fields and reports a missing user as null', async () => {
    const user = await makeUser(t.repos, 'ada')
    const updated = await t.repos.users.update(user.id, { displayName: '艾达', locale: 'zh-CN' })
    expect(updated).toMatchObject({ displayName: '艾达', locale: 'zh-CN', name: 'ada' })
    expect(updated!.updatedAt).toBeGreaterThanOrEqual(user.updatedAt)
    expect(await t.repos.users.update('missing', { locale: 'en' })).toBeNull()
  })

  it('rejects renaming to a taken handle with a recognizable unique violation', async () => {
    await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const error = await t.repos.users.update(bob.id, { name: 'ada' }).catch((e: unknown) => e)
    expect(isUniqueViolation(error)).toBe(true)
    expect(isUniqueViolation(new Error('[db] something else'))).toBe(false)
    expect(await t.repos.users.findByName('bob')).not.toBeNull()
  })

  it('deletes a user with their charts, datasets, sessions and tokens', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const dataset = await t.repos.datasets.create({
      ownerId: ada.id, name: 'sales.csv', title: 'Sales', source: 'upload',
      fileKey: 'uploads/ada/sales.csv', format: 'csv', rowCount: 3, sizeBytes: 40,
      profile: sampleProfile,
    })
    const chart = await t.repos.charts.create({
      ownerId: ada.id, title: 'Sales', prompt: 'bar of sales', spec: { mark: 'bar' },
      mark: 'bar', datasetId: dataset!.id, visibility: 'public',
    })
    const fork = await t.repos.charts.fork(chart.id, bob.id)
    await t.repos.sessions.create({ id: 'hash-1', userId: ada.id, expiresAt: Date.now() + 1e6 })
    await t.repos.apiTokens.create({ userId: ada.id, name: 'cli', tokenHash: 'th-1' })
    await t.repos.generationEvents.record({
      userId: ada.id, engine: 'rules', ok: true, mark: 'bar', ms: 3, promptChars: 12,
    })

    expect(await t.repos.users.delete(ada.id)).toEqual({ fileKeys: ['uploads/ada/sales.csv'] })
    expect(await t.repos.users.findById(ada.id)).toBeNull()
    expect(await t.countRows('datasets')).toBe(0)
    expect(await t.countRows('sessions')).toBe(0)
    expect(await t.countRows('api_tokens')).toBe(0)
    // Bob's fork survives, detached from the deleted original and dataset.
    expect(await t.repos.charts.getForViewer(fork!.id, bob.id))
      .toMatchObject({ forkOf: null, datasetId: null })
    expect(await t.countRows('charts')).toBe(1)
    expect(await t.countRows('generation_events')).toBe(1)
    expect(await t.repos.users.delete(ada.id)).toBeNull()
  })
})
