import { describe, expect, it } from 'vitest'
import {
  CreateChartBody, ListChartsQuery, PatchChartBody, RenderQuery,
} from '../../../server/v1/schemas'

describe('v1/schemas', () => {
  it('needs only a prompt to create a chart, private by default', () => {
    expect(CreateChartBody.parse({ prompt: ' mpg by origin ' }))
      .toEqual({ prompt: 'mpg by origin', visibility: 'private' })
  })

  it('refuses unknown fields so a typo is not silently ignored', () => {
    expect(CreateChartBody.safeParse({ prompt: 'x', visiblity: 'public' }).success).toBe(false)
    expect(PatchChartBody.safeParse({ titel: 'x' }).success).toBe(false)
  })

  it('takes a prompt or a spec in a patch, not both, and not nothing', () => {
    expect(PatchChartBody.safeParse({ prompt: 'as a line' }).success).toBe(true)
    expect(PatchChartBody.safeParse({ spec: { mark: 'bar' } }).success).toBe(true)
    expect(PatchChartBody.safeParse({ prompt: 'p', spec: { mark: 'bar' } }).success).toBe(false)
    expect(PatchChartBody.safeParse({}).success).toBe(false)
    expect(PatchChartBody.safeParse({ lang: 'en', message: 'note' }).success).toBe(false)
  })

  it('reads query strings as numbers and bounds the page size', () => {
    expect(ListChartsQuery.parse({ page: '2' })).toEqual({ page: 2, pageSize: 20 })
    expect(ListChartsQuery.safeParse({ pageSize: '500' }).success).toBe(false)
    expect(RenderQuery.parse({ format: 'png', width: '640' }))
      .toEqual({ format: 'png', theme: 'light', lang: 'en', width: 640 })
    expect(RenderQuery.safeParse({ format: 'gif' }).success).toBe(false)
  })
})
