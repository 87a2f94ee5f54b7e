// Vega-Lite's schema starts with an anyOf over every kind of top-level spec, so a validator run
// from the root only says "matches none of them" at line 1. Rooting the schema at the kind the
// spec is (unit, layer, facet...) lets each error land on the key or value that is wrong.
type Schema = Record<string, unknown>

const COMPOSITIONS: [key: string, definition: string][] = [
  ['layer', 'TopLevelLayerSpec'],
  ['facet', 'TopLevelFacetSpec'],
  ['repeat', 'TopLevelRepeatSpec'],
  ['concat', 'TopLevelConcatSpec'],
  ['vconcat', 'TopLevelVConcatSpec'],
  ['hconcat', 'TopLevelHConcatSpec'],
]

/** The schema definition a parsed spec should satisfy. */
export function topLevelDefinition(spec: unknown): string {
  if (spec && typeof spec === 'object' && !Array.isArray(spec)) {
    const found = COMPOSITIONS.find(([key]) => key in spec)
    if (found) return found[1]
  }
  return 'TopLevelUnitSpec'
}

export function rootedSchema(schema: Schema, definition: string): Schema {
  return { ...schema, $ref: `#/definitions/${definition}` }
}

const NO_MATCH = /at `([^`]*)` does not match any schema/

/**
 * A validator message a person can read: "matches none of these 40 schemas" (with the schemas
 * inlined) becomes "this value is not valid here"; anything else is only shortened.
 */
export function tidyLintMessage(message: string, invalidValue: (path: string) => string): string {
  const noMatch = NO_MATCH.exec(message)
  if (noMatch) return invalidValue(noMatch[1]!.replace(/^#\.?/, '') || '/')
  return message.length > 240 ? `${message.slice(0, 240)}…` : message
}

export interface PointerSpan { keyFrom?: number, keyTo?: number, valueFrom?: number, valueTo?: number }
export interface SchemaProblem { from: number, to: number, message: string }
interface ValidationError { name?: string, message: string, data?: { pointer?: string, property?: string } }

// Errors about a key (an unknown or missing property) are marked on the key, others on the value.
const KEY_ERRORS = new Set(['NoAdditionalPropertiesError', 'RequiredPropertyError',
  'InvalidPropertyNameError', 'ForbiddenPropertyError', 'UndefinedValueError'])

/**
 * Where each schema error belongs in the text: the pointer's own span, else the nearest
 * enclosing one that the document has, else the first line.
 */
export function placeErrors(
  errors: readonly ValidationError[], pointers: ReadonlyMap<string, PointerSpan>,
  invalidValue: (path: string) => string,
): SchemaProblem[] {
  return errors.map((error) => {
    let path = (error.data?.pointer ?? '#').replace(/^#/, '')
    if (error.name === 'NoAdditionalPropertiesError' && error.data?.property) {
      path = `${path}/${error.data.property}`
    }
    let span = pointers.get(path)
    while (!span && path) {
      path = path.slice(0, path.lastIndexOf('/'))
      span = pointers.get(path)
    }
    const onKey = KEY_ERRORS.has(error.name ?? '') && span?.keyFrom !== undefined
    const from = (onKey ? span?.keyFrom : span?.valueFrom) ?? 0
    const to = (onKey ? span?.keyTo : span?.valueTo) ?? from
    return { from, to, message: tidyLintMessage(error.message, invalidValue) }
  })
}
