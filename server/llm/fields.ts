import type { Profile } from '../../shared/engine/types'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter(v => typeof v === 'string') : []
}

// Keys whose values name input fields wherever they appear (encodings, predicates, transforms).
const FIELD_KEYS = ['field', 'groupby', 'fold', 'fields', 'flatten']
// Transform keys that name their input field only inside that transform.
const TRANSFORM_INPUTS = ['pivot', 'density', 'loess', 'regression', 'quantile', 'impute']
// Names a transform creates when it is not given an `as`.
const DEFAULT_OUTPUTS: Record<string, string[]> = {
  fold: ['key', 'value'], density: ['value', 'density'], quantile: ['prob', 'value'],
}

function walk(node: unknown, visit: (obj: Json) => void): void {
  if (Array.isArray(node)) node.forEach(item => walk(item, visit))
  else if (isObject(node)) {
    visit(node)
    Object.values(node).forEach(value => walk(value, visit))
  }
}

/** Names that transforms in the spec create, so later steps may use them. */
function createdNames(spec: Json, profile: Profile): Set<string> {
  const names = new Set<string>()
  walk(spec, (obj) => {
    strings(obj.as).forEach(name => names.add(name))
    for (const [key, outputs] of Object.entries(DEFAULT_OUTPUTS)) {
      if (key in obj && obj.as === undefined) outputs.forEach(name => names.add(name))
    }
    if (typeof obj.pivot === 'string') {
      const field = profile.fields.find(f => f.name === obj.pivot)
      ;(field?.values ?? field?.samples ?? []).forEach(v => names.add(String(v)))
    }
  })
  return names
}

/** Every field the spec reads that is neither in the table nor created by a transform. */
export function unknownFields(spec: Json, profile: Profile): string[] {
  const known = new Set([...profile.fields.map(f => f.name), ...createdNames(spec, profile)])
  // Vega-Lite reads dots as nested access; a backslash escapes a dot that is part of a name.
  const isKnown = (name: string) => known.has(name) || known.has(name.replace(/\\(.)/g, '$1'))
  const unknown = new Set<string>()
  const check = (value: unknown) => strings(value).forEach((name) => {
    if (!isKnown(name)) unknown.add(name)
  })

  walk(spec, (obj) => {
    FIELD_KEYS.forEach(key => check(obj[key]))
    TRANSFORM_INPUTS.forEach(key => check(obj[key]))
    if (typeof obj.pivot === 'string') check(obj.value)
    if (typeof obj.impute === 'string') check(obj.key)
    if (obj.loess !== undefined || obj.regression !== undefined) check(obj.on)
  })
  return [...unknown]
}
