import { describe, expect, it } from 'vitest'
import { safeRedirect } from '../../../server/auth/redirect'

describe('auth/redirect', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeRedirect('/charts/abc?tab=data')).toBe('/charts/abc?tab=data')
  })

  it.each([
    'https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)',
    'editor', '/ok\nLocation: x', '', 42, undefined, ['/a'],
  ])('falls back for %j', (target) => {
    expect(safeRedirect(target)).toBe('/editor')
    expect(safeRedirect(target, '/account')).toBe('/account')
  })
})
