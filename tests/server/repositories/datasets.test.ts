import { describe, expect, it } from 'vitest'
import type { NewDatasetInput } from '../../../server/repositories'
import { backends, useTestDatabase } from '../../helpers/db'
import { chartInput, makeUser, sampleProfile } from './fixtures'

function upload(ownerId: string | null, name: string): NewDatasetInput {
  return {
    ownerId, name, title: name, source: ownerId ? 'upload' : 'sample', fileKey: `files/${name}`,
    format: 'csv', rowCount: 3, sizeBytes: 42, profile: sampleProfile,
    slug: ownerId ? undefined : name.replace(/\..*$/, ''),
  }
}

describe.each(backends)('repositories/datasets ($name)', (backend) => {
  const t = useTestDatabase(backend)

  it('shows samples to everyone and uploads only to their owner', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const sample = await t.repos.datasets.create(upload(null, 'cars.json'))
    const mine = await t.repos.datasets.create(upload(ada.id, 'sales.csv'))

    expect(mine).toMatchObject({ slug: mine!.id, profile: sampleProfile, deletedAt: null })
    expect(await t.repos.datasets.get(sample!.id, null)).toMatchObject({ slug: 'cars' })
    expect(await t.repos.datasets.get(sample!.id, bob.id)).not.toBeNull()
    expect(await t.repos.datasets.get(mine!.id, ada.id)).toEqual(mine)
    expect(await t.repos.datasets.get(mine!.id, bob.id)).toBeNull()
    expect(await t.repos.datasets.get(mine!.id, null)).toBeNull()
  })

  it('lists samples and a user\'s uploads separately', async () => {
    const ada = await makeUser(t.repos, 'ada')
    await t.repos.datasets.create(upload(null, 'movies.json'))
    await t.repos.datasets.create(upload(null, 'cars.json'))
    await t.repos.datasets.create(upload(ada.id, 'a.csv'))

    expect((await t.repos.datasets.listSamples()).map((d) => d.slug)).toEqual(['cars', 'movies'])
    expect((await t.repos.datasets.listForUser(ada.id)).map((d) => d.name)).toEqual(['a.csv'])
    expect(await t.repos.datasets.findSampleBySlug('cars')).toMatchObject({ name: 'cars.json' })
    expect(await t.repos.datasets.findSampleBySlug('nope')).toBeNull()
  })

  it('refuses a second sample with the same slug', async () => {
    await t.repos.datasets.create(upload(null, 'cars.json'))
    expect(await t.repos.datasets.create(upload(null, 'cars.json'))).toBeNull()
  })

  it('soft-deletes for the owner only and counts the owner\'s charts using it', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const data = await t.repos.datasets.create(upload(ada.id, 'sales.csv'))
    await t.repos.charts.create(chartInput(ada.id, { datasetId: data!.id }))
    const shared = await t.repos.charts.create(chartInput(ada.id, {
      datasetId: data!.id, visibility: 'public',
    }))
    await t.repos.charts.fork(shared.id, bob.id)
    expect(await t.repos.charts.countUsingDataset(data!.id, ada.id)).toBe(2)
    expect(await t.repos.charts.countUsingDataset(data!.id, bob.id)).toBe(1)

    expect(await t.repos.datasets.softDelete(data!.id, bob.id)).toBeNull()
    const result = await t.repos.datasets.softDelete(data!.id, ada.id)
    expect(result!.chartsUsing).toBe(2)
    expect(result!.dataset.deletedAt).toBeGreaterThan(0)
    expect(await t.repos.datasets.get(data!.id, ada.id)).toBeNull()
    expect(await t.repos.datasets.listForUser(ada.id)).toEqual([])
    expect(await t.repos.datasets.softDelete(data!.id, ada.id)).toBeNull()
  })
  it('updates the profile for the owner only', async () => {
    const ada = await makeUser(t.repos, 'ada')
    const bob = await makeUser(t.repos, 'bob')
    const data = await t.repos.datasets.create(upload(ada.id, 'sales.csv'))
    const profile = { ...sampleProfile, rowCount: 99 }

    expect(await t.repos.datasets.updateProfile(data!.id, bob.id, profile)).toBeNull()
    expect(await t.repos.datasets.updateProfile(data!.id, ada.id, profile)).toMatchObject({ profile })
    expect((await t.repos.datasets.get(data!.id, ada.id))!.profile).toEqual(profile)
  })
})
