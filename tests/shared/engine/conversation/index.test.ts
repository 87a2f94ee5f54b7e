import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../../shared/engine/index'
import { profileTable } from '../../../../shared/engine/profile/index'
import type { ChartIntent, Profile } from '../../../../shared/engine/types'
import { sampleTable } from '../choose/samples'

let cars: Profile

beforeAll(() => {
  cars = profileTable(sampleTable('cars.json'))
})

const intentAfter = (...prompts: string[]): ChartIntent => {
  const result = generate({ profile: cars, prompts })
  if (!result.ok) throw new Error(result.error.message)
  return result.state.intent
}

describe('conversation', () => {
  const start = 'average horsepower by origin'

  it('changes the chart kind', () => {
    expect(intentAfter(start, 'as a line chart').chart).toBe('line')
    expect(intentAfter(start, '换成折线图').chart).toBe('line')
  })

  it('adds a color channel', () => {
    expect(intentAfter('mpg vs horsepower', 'color by origin').color).toBe('Origin')
  })

  it('swaps the aggregate', () => {
    expect(intentAfter(start, 'show median instead')).toMatchObject({
      aggregate: 'median', y: 'Horsepower', x: 'Origin',
    })
  })

  it('adds and negates filters', () => {
    expect(intentAfter(start, 'only Japan').filters).toEqual([
      { field: 'Origin', op: 'equal', value: 'Japan' },
    ])
    expect(intentAfter(start, 'remove cars from Japan').filters).toEqual([
      { field: 'Origin', op: 'equal', value: 'Japan', not: true },
    ])
    expect(intentAfter('average horsepower by year', '只看1975年以后').filters).toEqual([
      { field: 'Year', op: 'gte', value: 1975, timeUnit: 'year' },
    ])
  })

  it('removes channels and replaces the measure', () => {
    expect(intentAfter('mpg vs hp colored by origin', 'remove the color').color).toBeUndefined()
    expect(intentAfter('mpg vs hp colored by origin', '不要颜色').color).toBeUndefined()
    expect(intentAfter(start, 'weight instead of horsepower').y).toBe('Weight_in_lbs')
    expect(intentAfter(start, '换成重量').y).toBe('Weight_in_lbs')
  })

  it('clears the conditions when asked to show everything again', () => {
    const narrowed = [start, 'only Japan and Europe', 'top 2']
    expect(intentAfter(...narrowed).filters).toHaveLength(1)
    for (const reset of ['clear the filters', 'show all again', '清除筛选', '显示全部']) {
      const after = intentAfter(...narrowed, reset)
      expect(after.filters).toEqual([])
      expect(after.top).toBeUndefined()
      expect(after).toMatchObject({ x: 'Origin', y: 'Horsepower', aggregate: 'mean' })
    }
    expect(intentAfter(start, 'only Japan', 'remove the filters and color by cylinders'))
      .toMatchObject({ filters: [], color: 'Cylinders' })
  })

  it('sorts', () => {
    expect(intentAfter(start, 'sort descending').sort).toEqual({ by: 'y', order: 'descending' })
  })

  it('adds a field to the first free channel', () => {
    expect(intentAfter('count by origin', 'add cylinders').color).toBe('Cylinders')
  })

  it('swaps a scatter plot\'s fields and turns bars sideways', () => {
    expect(intentAfter('mpg vs horsepower', 'swap axes')).toMatchObject({
      x: 'Horsepower', y: 'Miles_per_Gallon',
    })
    expect(intentAfter(start, 'swap axes').horizontal).toBe(true)
  })

  it('keeps the previous chart through a follow-up from the state', () => {
    const first = generate({ profile: cars, prompts: [start] })
    if (!first.ok) throw new Error('expected a chart')
    const next = generate({ profile: cars, prompts: ['only Europe'], previous: first.state })
    if (!next.ok) throw new Error('expected a chart')
    expect(next.state.intent).toMatchObject({ x: 'Origin', y: 'Horsepower', aggregate: 'mean' })
    expect(next.state.prompts).toEqual([start, 'only Europe'])
  })

  it('starts over when a follow-up is a full request of its own', () => {
    expect(intentAfter(start, 'scatter plot of weight and acceleration')).toMatchObject({
      chart: 'point', x: 'Weight_in_lbs', y: 'Acceleration',
    })
  })
})
