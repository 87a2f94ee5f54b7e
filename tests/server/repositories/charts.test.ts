import { describe, expect, it } from 'vitest'
import { backends, useTestDatabase } from '../../helpers/db'
import { chartInput, makeUser } from './fixtures'

describe.each(backends)('repositories/charts ($name)', (backend) => {
  const t = useTestDatabase(backend)

  it('creates a private chart together with its version 1', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const chart = await t.repos.charts.create(chartInput(ada.id, { tags: ['weather'] }))

    expect(chart).toMatchObject({ visibility: 'private', currentVersion: 1, views: 0 })
    expect(chart.slug).toMatch(/^[a-z0-9]{10}$/)
    expect(chart.tags).toEqual(['weather'])
    const versions = await t.repos.charts.listVersions(chart.id, ada.id)
    expect(versions).toHaveLength(1)
    expect(versions![0]).toMatchObject({
      version: 1, spec: chart.spec, prompt: chart.prompt, dataKey: 'samples/seattle-weather.csv',
    })
  })

  it('leaves no chart behind when the version insert fails mid-transaction', async () => {
    const ada = await makeUser(t.repos, 'ada')
    let calls = 0
    const failing = t.reposWith({
      newId: () => {
        calls += 1
        // The chart row has been inserted by the time the version asks for its id.
        if (calls === 2) throw new Error('[test] simulated failure')
        return `id-${calls}`
      },
    })

    await expect(failing.charts.create(chartInput(ada.id))).rejects.toThrow('simulated')
    expect(calls).toBe(2)
    expect(await t.countRows('charts')).toBe(0)
    expect(await t.countRows('chart_versions')).toBe(0)
    // The connection is usable again after the rollback.
    await t.repos.charts.create(chartInput(ada.id))
    expect(await t.countRows('charts')).toBe(1)
  })

  it('saves numbered immutable versions, only for the owner', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const chart = await t.repos.charts.create(chartInput(ada.id))
    const v2 = { spec: { mark: 'line' }, prompt: 'as a line', mark: 'line', message: 'line' }

    expect(await t.repos.charts.saveVersion(chart.id, bob.id, v2)).toBeNull()
    const saved = await t.repos.charts.saveVersion(chart.id, ada.id, v2)
    expect(saved).toMatchObject({ currentVersion: 2, mark: 'line', spec: { mark: 'line' } })
    await t.repos.charts.saveVersion(chart.id, ada.id, { ...v2, prompt: 'third' })

    const versions = await t.repos.charts.listVersions(chart.id, ada.id)
    expect(versions!.map((v) => [v.version, v.prompt])).toEqual([
      [1, 'seattle weather by month'], [2, 'as a line'], [3, 'third'],
    ])
    expect(await t.repos.charts.getVersion(chart.id, 1, ada.id))
      .toMatchObject({ spec: chart.spec })
    expect(await t.repos.charts.getVersion(chart.id, 9, ada.id)).toBeNull()
  })

  it('gives concurrent saves distinct version numbers', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const chart = await t.repos.charts.create(chartInput(ada.id))
    const save = (n: number) => t.repos.charts.saveVersion(chart.id, ada.id, {
      spec: { mark: 'point' }, prompt: `take ${n}`, mark: 'point',
    })

    const saved = await Promise.all([1, 2, 3, 4].map(save))
    expect(saved.map((c) => c!.currentVersion).sort()).toEqual([2, 3, 4, 5])
    expect(await t.countRows('chart_versions')).toBe(5)
  })

  it('hides private charts and their versions from everyone but the owner', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const chart = await t.repos.charts.create(chartInput(ada.id))

    expect(await t.repos.charts.getForViewer(chart.slug, ada.id))
      .toMatchObject({ id: chart.id, ownerName: 'ada' })
    expect(await t.repos.charts.getForViewer(chart.id, bob.id)).toBeNull()
    expect(await t.repos.charts.getForViewer(chart.slug, null)).toBeNull()
    expect(await t.repos.charts.listVersions(chart.id, bob.id)).toBeNull()
    expect(await t.repos.charts.getVersion(chart.id, 1, null)).toBeNull()

    await t.repos.charts.updateMeta(chart.id, ada.id, { visibility: 'unlisted' })
    expect(await t.repos.charts.getForViewer(chart.slug, null)).toMatchObject({ id: chart.id })
    expect(await t.repos.charts.getVersion(chart.id, 1, bob.id)).not.toBeNull()
  })

  it('scopes metadata updates and deletes by owner', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const chart = await t.repos.charts.create(chartInput(ada.id))

    expect(await t.repos.charts.updateMeta(chart.id, bob.id, { title: 'mine now' })).toBeNull()
    expect(await t.repos.charts.delete(chart.id, bob.id)).toBe(false)
    const renamed = await t.repos.charts.updateMeta(chart.id, ada.id, {
      title: '西雅图天气', tags: ['天气', 'weather'],
    })
    expect(renamed).toMatchObject({ title: '西雅图天气', tags: ['天气', 'weather'] })

    expect(await t.repos.charts.delete(chart.id, ada.id)).toBe(true)
    expect(await t.countRows('chart_versions')).toBe(0)
  })

  it('forks a visible chart into a private copy at version 1', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const chart = await t.repos.charts.create(chartInput(ada.id, { visibility: 'public' }))
    await t.repos.charts.saveVersion(chart.id, ada.id, {
      spec: { mark: 'area' }, prompt: 'as area', mark: 'area', dataKey: 'k2',
    })
    await t.repos.charts.incrementViews(chart.id)

    const fork = await t.repos.charts.fork(chart.id, bob.id)
    expect(fork).toMatchObject({
      ownerId: bob.id, forkOf: chart.id, visibility: 'private', currentVersion: 1, views: 0,
      spec: { mark: 'area' }, dataKey: 'k2',
    })
    expect(fork!.slug).not.toBe(chart.slug)
    expect(await t.repos.charts.listVersions(fork!.id, bob.id)).toHaveLength(1)

    const secret = await t.repos.charts.create(chartInput(ada.id))
    expect(await t.repos.charts.fork(secret.id, bob.id)).toBeNull()
  })

  it('counts views without touching updatedAt', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const chart = await t.repos.charts.create(chartInput(ada.id, { visibility: 'public' }))
    await t.repos.charts.incrementViews(chart.id)
    await t.repos.charts.incrementViews(chart.id)

    const seen = await t.repos.charts.getForViewer(chart.id, null)
    expect(seen).toMatchObject({ views: 2, updatedAt: chart.updatedAt })
  })
})
