import { describe, expect, it } from 'vitest'
import type { Repositories } from '../../../server/repositories'
import { backends, useTestDatabase } from '../../helpers/db'
import { chartInput, makeUser } from './fixtures'

describe.each(backends)('repositories/chart-queries ($name)', (backend) => {
  const t = useTestDatabase(backend)

  async function gallery(repos: Repositories) {
    const ada = await makeUser(repos, 'ada')
    const bob = await makeUser(repos, 'bob')
    const make = async (ownerId: string, title: string, extra: object, views = 0) => {
      const chart = await repos.charts.create(chartInput(ownerId, { title, ...extra }))
      for (let i = 0; i < views; i++) await repos.charts.incrementViews(chart.id)
      return chart
    }
    const a = await make(ada.id, 'Rain by month', {
      visibility: 'public', mark: 'bar', tags: ['weather'],
    }, 3)
    const b = await make(ada.id, '100% stacked_area', {
      visibility: 'public', mark: 'area', tags: ['finance', 'stocks'],
    }, 7)
    const c = await make(bob.id, '各国人均收入与寿命', {
      visibility: 'public', mark: 'point', description: 'Gapminder income',
    }, 1)
    await make(bob.id, 'Hidden', { visibility: 'unlisted', mark: 'bar' })
    await make(bob.id, 'Draft', { mark: 'bar' })
    return { ada, bob, a, b, c }
  }

  it('lists only public charts, newest first or most viewed first', async () => {
    const { a, b, c } = await gallery(t.repos)

    const byViews = await t.repos.charts.listPublic({ sort: 'views' })
    expect(byViews.items.map((x) => x.id)).toEqual([b.id, a.id, c.id])
    expect(byViews.total).toBe(3)
    expect(byViews.items[0]).toMatchObject({ ownerName: 'ada', views: 7 })

    const newest = await t.repos.charts.listPublic({})
    expect(new Set(newest.items.map((x) => x.id))).toEqual(new Set([a.id, b.id, c.id]))
    const created = newest.items.map((x) => x.createdAt)
    expect(created).toEqual([...created].sort((x, y) => y - x))
  })

  it('filters by text, mark and tag, taking LIKE wildcards literally', async () => {
    const { a, b, c } = await gallery(t.repos)
    const ids = async (query: object) =>
      (await t.repos.charts.listPublic(query)).items.map((x) => x.id)

    expect(await ids({ q: 'RAIN' })).toEqual([a.id])
    expect(await ids({ q: 'income' })).toEqual([c.id])
    expect(await ids({ q: '收入' })).toEqual([c.id])
    expect(await ids({ q: '100%' })).toEqual([b.id])
    expect(await ids({ q: 'd_a' })).toEqual([b.id])
    expect(await ids({ q: '%' })).toEqual([b.id])
    expect(await ids({ mark: 'bar' })).toEqual([a.id])
    expect(await ids({ tag: 'stocks' })).toEqual([b.id])
    expect(await ids({ tag: 'stock' })).toEqual([])
    expect(await ids({ q: 'hidden' })).toEqual([])
  })

  it('pages through results with a stable total', async () => {
    const { a, b, c } = await gallery(t.repos)
    const first = await t.repos.charts.listPublic({ sort: 'views', page: 1, pageSize: 2 })
    const second = await t.repos.charts.listPublic({ sort: 'views', page: 2, pageSize: 2 })

    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 })
    expect([...first.items, ...second.items].map((x) => x.id)).toEqual([b.id, a.id, c.id])
    expect((await t.repos.charts.listPublic({ pageSize: 10_000 })).pageSize).toBe(100)
    expect(await t.repos.charts.listPublic({ page: Number.NaN, pageSize: 0 }))
      .toMatchObject({ page: 1, pageSize: 1, total: 3 })
  })

  it("lists a user's public charts and the owner's own charts", async () => {
    const { ada, bob, c } = await gallery(t.repos)

    const bobsPage = await t.repos.charts.listByUser('bob')
    expect(bobsPage.items.map((x) => x.id)).toEqual([c.id])
    expect((await t.repos.charts.listByUser('nobody')).total).toBe(0)

    const mine = await t.repos.charts.listMine(bob.id)
    expect(mine.items[0]).toMatchObject({ ownerName: 'bob' })
    expect(mine.items.map((x) => x.title).sort()).toEqual(['Draft', 'Hidden', c.title].sort())
    expect((await t.repos.charts.listMine(ada.id)).total).toBe(2)
  })

  it('lists public slugs for the sitemap', async () => {
    const { a, b, c } = await gallery(t.repos)
    const slugs = (await t.repos.charts.listPublicForSitemap()).map((x) => x.slug)
    expect(slugs.sort()).toEqual([a.slug, b.slug, c.slug].sort())
  })

  it('counts new charts per UTC day and per mark, private ones included', async () => {
    await gallery(t.repos)
    const stats = await t.repos.charts.stats()
    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000
    expect(stats.perDay).toEqual([{ day: today, count: 5 }])
    expect(stats.byMark).toEqual([
      { mark: 'bar', count: 3 }, { mark: 'area', count: 1 }, { mark: 'point', count: 1 },
    ])
    expect((await t.repos.charts.stats(Date.now() + 60_000)).perDay).toEqual([])
  })
})
