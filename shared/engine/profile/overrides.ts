// A person may know better than the profiler: years that are categories, codes that look like
// numbers. Only the type changes; how raw values are parsed stays, so the rows stay the same.
import type { FieldProfile, FieldType, Profile } from '../types'

const BY_PARSE: Record<FieldProfile['parse'], FieldType[]> = {
  number: ['quantitative', 'ordinal', 'nominal'],
  percent: ['quantitative', 'ordinal', 'nominal'],
  currency: ['quantitative', 'ordinal', 'nominal'],
  year: ['temporal', 'ordinal', 'nominal'],
  date: ['temporal', 'ordinal', 'nominal'],
  month: ['ordinal', 'nominal'],
  boolean: ['nominal', 'ordinal'],
  text: ['nominal', 'ordinal'],
}

/** The types a field can be read as, its detected type first. */
export function allowedTypes(field: FieldProfile): FieldType[] {
  const options = BY_PARSE[field.parse] ?? ['nominal', 'ordinal']
  return [field.type, ...options.filter(t => t !== field.type)]
}

export class TypeOverrideError extends Error {
  constructor(readonly field: string, readonly reason: 'unknown_field' | 'not_allowed') {
    super(`[profile] cannot set the type of "${field}": ${reason}`)
  }
}

/** A copy of `profile` with the given fields' types replaced; throws on a field or type it cannot take. */
export function overrideTypes(profile: Profile, types: Record<string, FieldType>): Profile {
  for (const [name, type] of Object.entries(types)) {
    const field = profile.fields.find(f => f.name === name)
    if (!field) throw new TypeOverrideError(name, 'unknown_field')
    if (!allowedTypes(field).includes(type)) throw new TypeOverrideError(name, 'not_allowed')
  }
  return { ...profile, fields: profile.fields.map(f => (types[f.name] ? { ...f, type: types[f.name]! } : f)) }
}
