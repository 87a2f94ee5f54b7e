import type { ErrorObject, ValidateFunction } from 'ajv'

const MAX_ERRORS = 4

let compiling: Promise<ValidateFunction> | undefined

// The Vega-Lite schema is large: compiling it takes seconds, so it happens once, on first use.
// Refs stay out of line and formats unchecked: both only slow compilation down here.
// TODO(#7): compile off the main thread; until then the first check blocks the server for
// seconds, so deployments with a model should call warmSchema() at startup.
async function compileSchema(): Promise<ValidateFunction> {
  const [{ Ajv }, schema] = await Promise.all([
    import('ajv'),
    import('vega-lite/vega-lite-schema.json', { with: { type: 'json' } }),
  ])
  const ajv = new Ajv({ strict: false, inlineRefs: false, validateFormats: false, logger: false })
  return ajv.compile(schema.default as object)
}

/** Starts compiling the schema ahead of the first model answer. */
export function warmSchema(): Promise<unknown> {
  compiling ??= compileSchema()
  return compiling
}

/** The most specific schema errors, phrased for the repair round; empty when the spec is valid. */
export async function schemaErrors(spec: unknown): Promise<string[]> {
  compiling ??= compileSchema()
  const validate = await compiling
  if (validate(spec)) return []
  return describe(validate.errors ?? [])
}

// Union types make ajv report every branch it tried; the deepest paths point at the real mistake.
function describe(errors: ErrorObject[]): string[] {
  const sorted = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)
  const lines = new Set<string>()
  for (const error of sorted) {
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues
    const hint = allowed ? ` (one of ${allowed.slice(0, 12).join(', ')})` : ''
    lines.add(`schema: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}${hint}`)
    if (lines.size >= MAX_ERRORS) break
  }
  return [...lines]
}
