import { describe, expect, it } from 'vitest'
import { thumbnailSpec } from '../../../app/utils/thumbnail'

describe('thumbnail', () => {
  it('sizes the chart and strips its title, axes and legend', () => {
    const spec = { title: 'Sales', mark: 'bar', config: { mark: { color: 'red' } } }
    const small = thumbnailSpec(spec, 100, 40)
    expect(small).toMatchObject({ mark: 'bar', width: 100, height: 40, config: { mark: { color: 'red' }, legend: { disable: true } } })
    expect(small).not.toHaveProperty('title')
    expect(spec).toHaveProperty('title', 'Sales')
  })
})
