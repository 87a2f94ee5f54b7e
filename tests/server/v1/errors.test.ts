import { createError } from 'h3'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { authError } from '../../../server/auth/errors'
import { RenderError } from '../../../server/render/errors'
import {
  invalidRequest, toV1ErrorResponse, V1_ERRORS, V1Error, v1Error,
} from '../../../server/v1/errors'

describe('v1/errors', () => {
  it('answers its own errors with their catalogue status and text', () => {
    const { status, body } = toV1ErrorResponse(v1Error('chart_not_found'))
    expect(status).toBe(404)
    expect(body).toEqual({
      error: { code: 'chart_not_found', message: V1_ERRORS.chart_not_found[1] },
    })
  })

  it('keeps a precise message and details when the server has them', () => {
    const error = v1Error('prompt_not_understood', {
      message: 'No column matches.', details: { suggestions: ['Origin'] },
    })
    expect(toV1ErrorResponse(error)).toEqual({
      status: 422,
      body: {
        error: {
          code: 'prompt_not_understood',
          message: 'No column matches.',
          details: { suggestions: ['Origin'] },
        },
      },
    })
    expect(error.message).toMatch(/^\[api\] /)
  })

  it('names invalid fields by path and issue without echoing what was sent', () => {
    const secret = 'a-value-nobody-should-see'
    const schema = z.object({ visibility: z.enum(['private', 'public']), page: z.number() })
    const parsed = schema.safeParse({ visibility: secret })
    const { status, body } = toV1ErrorResponse(invalidRequest(parsed.error!, 'body'))
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.details).toEqual({
      fields: [
        { path: 'body.visibility', issue: 'invalid_value' },
        { path: 'body.page', issue: 'invalid_type' },
      ],
    })
    expect(JSON.stringify(body)).not.toContain(secret)
  })

  it('maps the auth helpers\' 401 to unauthenticated with a hint about tokens', () => {
    const { status, body } = toV1ErrorResponse(authError('unauthenticated'))
    expect(status).toBe(401)
    expect(body.error.code).toBe('unauthenticated')
    expect(body.error.message).toContain('Bearer')
  })

  it('maps h3 client errors by status and never repeats their status text', () => {
    const error = createError({ statusCode: 404, statusMessage: 'Cannot find /secret/path' })
    const { status, body } = toV1ErrorResponse(error)
    expect(status).toBe(404)
    expect(body.error.code).toBe('not_found')
    expect(JSON.stringify(body)).not.toContain('/secret/path')
    expect(toV1ErrorResponse(createError({ statusCode: 503 })).body.error.code)
      .toBe('unavailable')
  })

  it('reports a refused render as cannot_render with the renderer\'s reason', () => {
    const { status, body } = toV1ErrorResponse(new RenderError('timeout', 'over 5000 ms'))
    expect(status).toBe(422)
    expect(body.error).toMatchObject({ code: 'cannot_render', details: { reason: 'timeout' } })
  })

  it('hides the text of unexpected failures behind internal', () => {
    const failures = [
      new Error('connect ECONNREFUSED 10.0.0.3:5432'),
      createError({ statusCode: 500, statusMessage: 'select * from users' }),
      'thrown string',
    ]
    for (const failure of failures) {
      const { status, body } = toV1ErrorResponse(failure)
      expect(status).toBe(500)
      expect(body).toEqual({ error: { code: 'internal', message: V1_ERRORS.internal[1] } })
    }
  })

  it('gives every code an HTTP error status', () => {
    for (const [code, [status]] of Object.entries(V1_ERRORS)) {
      expect(status, code).toBeGreaterThanOrEqual(400)
      expect(new V1Error(code as keyof typeof V1_ERRORS).status).toBe(status)
    }
  })
})
