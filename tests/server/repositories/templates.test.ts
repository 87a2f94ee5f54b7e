import { describe, expect, it } from 'vitest'
import { backends, useTestDatabase } from '../../helpers/db'

const weather = {
  id: 'weather-month', datasetSlug: 'seattle-weather', sort: 2,
  titleEn: 'Seattle weather by month', titleZh: '西雅图每月天气',
  promptEn: 'average max temperature by month', promptZh: '每月平均最高气温',
}
const cars = { ...weather, id: 'cars', datasetSlug: 'cars', sort: 1 }

describe.each(backends)('repositories/templates ($name)', (backend) => {
  const t = useTestDatabase(backend)

  it('seeds idempotently, refreshing texts, and lists in sort order', async () => {
    await t.repos.templates.seed([weather, cars])
    await t.repos.templates.seed([{ ...weather, titleZh: '西雅图天气' }])

    const list = await t.repos.templates.list()
    expect(list.map((x) => x.id)).toEqual(['cars', 'weather-month'])
    expect(list[1]).toEqual({ ...weather, titleZh: '西雅图天气' })
  })
})
