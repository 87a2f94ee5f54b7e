import { describe, expect, it } from 'vitest'
import { AUTH_ERROR_CODES, authError, invalidInputError } from '../../../server/auth/errors'
import { isAuthErrorCode } from '../../../server/auth/error-codes'
import { registerBodySchema } from '../../../server/auth/schemas'
import en from '../../../i18n/locales/en.json'
import zh from '../../../i18n/locales/zh-CN.json'

describe('auth/errors', () => {
  it('builds an h3 error with the code as status text and JSON data', () => {
    const error = authError('rate_limited', { retryAfterSeconds: 30 })
    expect(error.statusCode).toBe(429)
    expect(error.statusMessage).toBe('rate_limited')
    expect(error.data).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 })
  })

  it('reports invalid fields without echoing the submitted values', () => {
    const secret = 'my-secret-pass'
    const result = registerBodySchema.safeParse({ email: secret, password: 'short' })
    const error = invalidInputError(result.error!)
    expect(error.statusCode).toBe(400)
    expect(JSON.stringify(error.data)).not.toContain(secret)
    expect(error.data?.fields).toEqual([
      { path: 'email', issue: 'invalid_format' },
      { path: 'password', issue: 'too_small' },
    ])
  })

  it('has an English and a Chinese message for every code', () => {
    for (const locale of [en, zh] as { auth?: { errors?: Record<string, string> } }[]) {
      for (const code of AUTH_ERROR_CODES) expect(locale.auth?.errors?.[code]).toBeTruthy()
    }
  })

  it('recognizes only its own codes, not inherited object keys', () => {
    expect(isAuthErrorCode('email_taken')).toBe(true)
    expect(isAuthErrorCode('toString')).toBe(false)
    expect(isAuthErrorCode(undefined)).toBe(false)
  })
})
