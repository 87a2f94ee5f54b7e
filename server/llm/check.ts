import * as vega from 'vega'
import { compile } from 'vega-lite'
import type { Profile, VegaLiteSpec } from '../../shared/engine/types'
import { checkVegaSpec } from '../render/guard'
import { defaultLimits } from '../render/options'
import { unknownFields } from './fields'
import { schemaErrors } from './schema'

type Json = Record<string, unknown>

export type SpecCheck = { ok: true; spec: VegaLiteSpec } | { ok: false; errors: string[] }

const TABLE = { name: 'table' }
const FENCE = /```(?:json)?\s*([\s\S]*?)```/i

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The JSON object in a model answer: the whole answer, or a fenced ```json block in it. */
export function parseAnswer(text: string): Json | undefined {
  for (const candidate of [text, FENCE.exec(text)?.[1]]) {
    if (!candidate) continue
    try {
      const value: unknown = JSON.parse(candidate.trim())
      if (isObject(value)) return value
    }
    catch {
      // Not JSON as a whole: the fenced block, if any, is tried next.
    }
  }
  return undefined
}

/**
 * Places where a model could make the renderer reach outside the table: any URL (data,
 * images, marks), inline or named data other than the table itself.
 */
function safetyErrors(node: unknown, path = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => safetyErrors(item, `${path}/${i}`))
  if (!isObject(node)) return []
  const errors: string[] = []
  if ('url' in node) errors.push(`${path || '/'}: "url" is not allowed`)
  if ('datasets' in node) errors.push(`${path || '/'}: "datasets" is not allowed`)
  const mark = isObject(node.mark) ? node.mark.type : node.mark
  if (mark === 'image') errors.push(`${path}/mark: image marks are not allowed`)
  if (isObject(node.data) && (node.data.name !== 'table' || Object.keys(node.data).length > 1)) {
    errors.push(`${path}/data: use {"name": "table"} only`)
  }
  for (const [key, value] of Object.entries(node)) {
    errors.push(...safetyErrors(value, `${path}/${key}`))
  }
  return errors
}

function compileErrors(spec: Json, rowCount: number): string[] {
  try {
    // Quiet: compile warnings are about style, not safety, and would flood the server log.
    const compiled = compile(spec as never, { logger: vega.logger(vega.None) }).spec
    checkVegaSpec(compiled as Json, defaultLimits, rowCount)
    return []
  }
  catch (error) {
    return [`vega-lite: ${error instanceof Error ? error.message : String(error)}`]
  }
}

/**
 * Whether a model-written spec may be shown: valid JSON, valid Vega-Lite, fields of this
 * table only, compiles, and passes the renderer's safety rules. Nothing in it is executed.
 */
export async function checkModelSpec(answer: string, profile: Profile): Promise<SpecCheck> {
  const parsed = parseAnswer(answer)
  if (!parsed) return { ok: false, errors: ['the answer is not a JSON object'] }

  // The table is supplied by the app, whatever the model wrote at the top.
  const spec: Json = { ...parsed, data: TABLE }
  delete spec.$schema
  const unsafe = safetyErrors(spec)
  if (unsafe.length > 0) return { ok: false, errors: unsafe }

  const invalid = await schemaErrors(spec)
  if (invalid.length > 0) return { ok: false, errors: invalid }

  const unknown = unknownFields(spec, profile)
  if (unknown.length > 0) {
    const names = profile.fields.map(f => f.name).join(', ')
    return { ok: false, errors: [`unknown fields ${unknown.join(', ')}; the fields are: ${names}`] }
  }
  const broken = compileErrors(spec, profile.rowCount)
  return broken.length > 0 ? { ok: false, errors: broken } : { ok: true, spec }
}
