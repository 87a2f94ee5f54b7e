import { describe, expect, it } from 'vitest'
import { metricsAccess } from '../../../server/metrics/access'

describe('metrics/access', () => {
  it('is off without a configured token', () => {
    expect(metricsAccess(undefined, 'Bearer anything')).toBe('off')
    expect(metricsAccess('', undefined)).toBe('off')
  })

  it('allows only the configured bearer token', () => {
    expect(metricsAccess('s3cret', 'Bearer s3cret')).toBe('allowed')
    expect(metricsAccess('s3cret', 'bearer s3cret')).toBe('allowed')
    expect(metricsAccess('s3cret', 'Bearer s3cre')).toBe('denied')
    expect(metricsAccess('s3cret', 'Basic s3cret')).toBe('denied')
    expect(metricsAccess('s3cret', undefined)).toBe('denied')
  })
})
