import { isError } from 'h3'
import type { ZodError } from 'zod'
import { isRenderError } from '../render/errors'

// Every /api/v1 failure answers `{ error: { code, message } }`. The messages are for the
// developers calling the API, so they are English; codes are the stable contract.
export const V1_ERRORS = {
  invalid_request: [400, 'The request has missing or invalid values.'],
  prompt_too_long: [400, 'The prompt is longer than this server accepts.'],
  unauthenticated: [401, 'Send a personal access token as "Authorization: Bearer <token>".'],
  forbidden: [403, 'This token may not do that.'],
  not_found: [404, 'There is nothing at this address.'],
  chart_not_found: [404, 'No chart with this id is visible to you.'],
  dataset_not_found: [404, 'No dataset with this id is visible to you.'],
  method_not_allowed: [405, 'This address does not answer that method.'],
  no_dataset: [409, 'The chart has no dataset to generate from or to render.'],
  gone: [410, 'The data behind this chart is no longer stored.'],
  payload_too_large: [413, 'The request body is too large.'],
  prompt_not_understood: [422, 'The prompt could not be turned into a chart.'],
  cannot_render: [422, 'The chart cannot be rendered.'],
  rate_limited: [429, 'Too many requests. Try again later.'],
  internal: [500, 'Something went wrong on the server.'],
  unavailable: [503, 'The server is starting or busy. Try again shortly.'],
} as const satisfies Record<string, readonly [number, string]>

export type V1ErrorCode = keyof typeof V1_ERRORS

export const V1_ERROR_CODES = Object.keys(V1_ERRORS) as V1ErrorCode[]

export interface V1ErrorBody {
  error: {
    code: string
    message: string
    /** Machine-readable extras: invalid field paths, engine suggestions, a render reason. */
    details?: Record<string, unknown>
  }
}

export interface V1ErrorOptions {
  message?: string
  details?: Record<string, unknown>
}

export class V1Error extends Error {
  readonly code: V1ErrorCode
  readonly status: number
  readonly details?: Record<string, unknown>
  /** Replaces the catalogue text when the server has a more precise one (an engine message). */
  readonly publicMessage: string

  constructor(code: V1ErrorCode, options: V1ErrorOptions = {}) {
    const [status, text] = V1_ERRORS[code]
    super(`[api] ${options.message ?? text}`)
    this.name = 'V1Error'
    this.code = code
    this.status = status
    this.details = options.details
    this.publicMessage = options.message ?? text
  }
}

export function v1Error(code: V1ErrorCode, options?: V1ErrorOptions) {
  return new V1Error(code, options)
}

/** Field paths and zod issue codes only: what the caller sent is never echoed back. */
export function invalidRequest(error: ZodError, where: 'body' | 'query' | 'path'): V1Error {
  const fields = error.issues.map(issue => ({
    path: [where, ...issue.path].join('.'),
    issue: issue.code,
  }))
  return v1Error('invalid_request', { details: { fields } })
}

// Status codes that other layers (h3, the auth helpers, storage) raise, as v1 codes.
const STATUS_CODES: Record<number, V1ErrorCode> = {
  400: 'invalid_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found',
  405: 'method_not_allowed', 410: 'gone', 413: 'payload_too_large', 429: 'rate_limited',
  503: 'unavailable',
}

function body(code: string, message: string, details?: Record<string, unknown>): V1ErrorBody {
  return { error: details ? { code, message, details } : { code, message } }
}

/**
 * Turns anything a v1 handler threw into a status and the one error body the API answers.
 * Messages come from the catalogue or from server code, never from an unknown error, so an
 * internal failure cannot leak a stack, a query or a file path.
 */
export function toV1ErrorResponse(error: unknown): { status: number; body: V1ErrorBody } {
  if (error instanceof V1Error) {
    return { status: error.status, body: body(error.code, error.publicMessage, error.details) }
  }
  if (isRenderError(error)) {
    const [status, message] = V1_ERRORS.cannot_render
    return { status, body: body('cannot_render', message, { reason: error.code }) }
  }
  if (isError(error) && (error.statusCode < 500 || error.statusCode === 503)) {
    const code = STATUS_CODES[error.statusCode] ?? 'invalid_request'
    return { status: error.statusCode, body: body(code, V1_ERRORS[code][1]) }
  }
  const [status, message] = V1_ERRORS.internal
  return { status, body: body('internal', message) }
}
