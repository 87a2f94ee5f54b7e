import { z } from 'zod'
import { RenderError } from './errors'

export type Row = Record<string, unknown>

/** Ceilings that keep one untrusted spec from taking the server down. */
export interface RenderLimits {
  /** Rows over all supplied datasets plus inline values. */
  maxRows: number
  /** Scenegraph items (marks, axis ticks, labels...) in the finished scene. */
  maxItems: number
  /** Canvas width and height in CSS pixels, before PNG scaling. */
  maxSize: number
  maxScale: number
  timeoutMs: number
  /** Length of the spec as JSON, in characters. */
  maxSpecChars: number
}

export const defaultLimits: RenderLimits = {
  maxRows: 1_000_000,
  maxItems: 200_000,
  maxSize: 4000,
  maxScale: 4,
  timeoutMs: 5000,
  maxSpecChars: 1_000_000,
}

// Rows are only checked to be arrays: walking a million rows through a schema costs more
// than rendering them.
const rowsSchema = z.custom<Row[]>(Array.isArray, { message: 'dataset must be an array of rows' })

const optionsSchema = z.object({
  spec: z.record(z.string(), z.unknown()),
  datasets: z.record(z.string(), rowsSchema).optional(),
  format: z.enum(['svg', 'png']),
  theme: z.enum(['light', 'dark']).default('light'),
  lang: z.enum(['en', 'zh-CN']).default('en'),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  scale: z.number().positive().default(1),
  // A CSS colour; the pattern keeps markup characters out of the SVG attribute.
  background: z.string().max(64).regex(/^[#\w(),.%\s-]+$/).optional(),
})

export type RenderOptions = z.input<typeof optionsSchema>
export type ParsedRenderOptions = z.output<typeof optionsSchema>

export function parseOptions(input: RenderOptions, limits: RenderLimits): ParsedRenderOptions {
  const parsed = optionsSchema.safeParse(input)
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') || 'options'
    throw new RenderError('invalid_options', `check ${path}`)
  }
  const opts = parsed.data
  const side = Math.max(opts.width ?? 0, opts.height ?? 0)
  if (side > limits.maxSize) throw new RenderError('too_large', `size over ${limits.maxSize} px`)
  if (opts.scale > limits.maxScale) {
    throw new RenderError('too_large', `scale over ${limits.maxScale}`)
  }
  return opts
}
