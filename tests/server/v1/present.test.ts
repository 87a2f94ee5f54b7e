import { describe, expect, it } from 'vitest'
import type { Chart, Dataset } from '../../../server/db/types'
import { toChart, toChartSummary, toDataset } from '../../../server/v1/present'

const chart: Chart = {
  id: 'c1', slug: 'abc23456xy', ownerId: 'owner-secret', title: 'MPG', description: null,
  prompt: 'mpg by origin', spec: { mark: 'bar' }, mark: 'bar', datasetId: 'd1', dataKey: 'k',
  visibility: 'private', forkOf: null, currentVersion: 3, views: 7, tags: ['cars'],
  createdAt: Date.UTC(2026, 0, 2), updatedAt: Date.UTC(2026, 0, 3),
}

describe('v1/present', () => {
  it('shapes a chart with ISO dates and its addresses, nothing owner-only', () => {
    const shaped = toChart(chart, 'https://w.example')
    expect(shaped).toMatchObject({
      id: 'c1', version: 3, description: '', createdAt: '2026-01-02T00:00:00.000Z',
      urls: {
        page: 'https://w.example/c/abc23456xy',
        png: 'https://w.example/c/abc23456xy.png',
        render: 'https://w.example/api/v1/charts/c1/render',
      },
    })
    expect(JSON.stringify(shaped)).not.toMatch(/owner-secret|"dataKey"|"views"/)
    expect(shaped).not.toHaveProperty('generation')
  })

  it('leaves the spec and prompt out of list items', () => {
    const item = toChartSummary(chart, 'https://w.example')
    expect(item).not.toHaveProperty('spec')
    expect(item).not.toHaveProperty('prompt')
  })

  it('lists a dataset\'s columns by name and type only', () => {
    const dataset = {
      id: 'd1', title: 'Cars', titleZh: '汽车', source: 'sample', rowCount: 2,
      createdAt: 0, fileKey: 'samples/cars.json',
      profile: { rowCount: 2, fields: [{ name: 'Origin', type: 'nominal', samples: ['USA'] }] },
    } as unknown as Dataset
    expect(toDataset(dataset)).toEqual({
      id: 'd1', title: 'Cars', titleZh: '汽车', source: 'sample', rowCount: 2,
      fields: [{ name: 'Origin', type: 'nominal' }], createdAt: '1970-01-01T00:00:00.000Z',
    })
  })
})
