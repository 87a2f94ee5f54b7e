import { describe, expect, it } from 'vitest'
import { profileTable } from '../../../../shared/engine/profile'
import { allowedTypes, overrideTypes, TypeOverrideError } from '../../../../shared/engine/profile/overrides'

const profile = profileTable({
  columns: ['year', 'code', 'city'],
  rows: [
    { year: '2020', code: '101', city: 'Oslo' },
    { year: '2021', code: '205', city: 'Rome' },
    { year: '2022', code: '317', city: 'Lima' },
  ],
})
const field = (name: string) => profile.fields.find(f => f.name === name)!

describe('profile/overrides', () => {
  it('offers the detected type first, then the types its values can be read as', () => {
    expect(allowedTypes(field('code'))).toEqual(['quantitative', 'ordinal', 'nominal'])
    expect(allowedTypes(field('city'))[0]).toBe('nominal')
    expect(allowedTypes(field('city'))).not.toContain('quantitative')
  })

  it('changes only the type of the named fields', () => {
    const next = overrideTypes(profile, { code: 'nominal' })
    expect(next.fields.find(f => f.name === 'code')).toEqual({ ...field('code'), type: 'nominal' })
    expect(next.fields.find(f => f.name === 'city')).toBe(field('city'))
    expect(field('code').type).toBe('quantitative')
  })

  it('refuses unknown fields and types the values cannot take', () => {
    expect(() => overrideTypes(profile, { nope: 'nominal' })).toThrow(TypeOverrideError)
    expect(() => overrideTypes(profile, { city: 'quantitative' })).toThrow(/not_allowed/)
  })
})
