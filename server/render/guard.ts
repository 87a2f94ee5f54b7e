import { RenderError } from './errors'
import { refusalFor } from './loader'
import type { RenderLimits } from './options'

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Visits every dataset of a Vega spec, including those declared inside group marks. */
function eachVegaData(spec: Json, visit: (data: Json) => void): void {
  for (const data of Array.isArray(spec.data) ? spec.data : []) {
    if (isObject(data)) visit(data)
  }
  for (const mark of Array.isArray(spec.marks) ? spec.marks : []) {
    if (isObject(mark) && mark.type === 'group') eachVegaData(mark, visit)
  }
}

function inlineRows(values: unknown): number {
  if (Array.isArray(values)) return values.length
  // Delimited text: one row per line.
  if (typeof values === 'string') return values.split('\n').length
  return 0
}

function sequenceRows(transforms: unknown): number {
  let rows = 0
  for (const tx of Array.isArray(transforms) ? transforms : []) {
    if (!isObject(tx) || tx.type !== 'sequence') continue
    const { start, stop } = tx
    const step = tx.step ?? 1
    if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
      rows += step === 0 ? Infinity : Math.max(0, Math.ceil((stop - start) / step))
    }
  }
  return rows
}

/**
 * Refuses a compiled Vega spec before any of it runs: data URLs outside the trusted directory,
 * and more inline or generated rows than the limit. URLs that only exist at run time (signals,
 * image fields) are caught by the loader instead.
 */
export function checkVegaSpec(
  spec: Json, limits: RenderLimits, suppliedRows: number, baseDir?: string,
): void {
  let rows = suppliedRows
  eachVegaData(spec, (data) => {
    if (data.url !== undefined && !isObject(data.url)) {
      const refusal = refusalFor(data.url, baseDir)
      if (refusal) throw refusal
    }
    rows += inlineRows(data.values) + sequenceRows(data.transform)
  })
  if (rows > limits.maxRows) throw new RenderError('too_large', `over ${limits.maxRows} rows`)
}

// `{name}` (with an optional format) is a reference; with values or a URL it is a source.
const isNamedOnly = (data: Json): boolean =>
  Object.keys(data).every(key => key === 'name' || key === 'format')

/** Names of the app-supplied datasets a Vega-Lite spec asks for, anywhere in the spec. */
export function namedDataRefs(spec: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(spec)) {
    for (const item of spec) namedDataRefs(item, found)
  }
  else if (isObject(spec)) {
    const data = spec.data
    if (isObject(data) && typeof data.name === 'string' && isNamedOnly(data)) {
      found.add(data.name)
    }
    for (const [key, value] of Object.entries(spec)) {
      // Inline rows cannot hold dataset references; skipping them keeps big specs cheap.
      if (key !== 'values' && key !== 'datasets') namedDataRefs(value, found)
    }
  }
  return found
}
