import { createError } from 'h3'
import type { ZodError } from 'zod'
import { AUTH_ERRORS, type AuthErrorCode } from './error-codes'

export { AUTH_ERROR_CODES, type AuthErrorCode } from './error-codes'

export interface AuthErrorData {
  code: AuthErrorCode
  message: string
  /** Field paths and zod issue codes only: user input is never echoed back. */
  fields?: { path: string, issue: string }[]
  retryAfterSeconds?: number
}

export function authError(code: AuthErrorCode, extra: Partial<AuthErrorData> = {}) {
  const [statusCode, message] = AUTH_ERRORS[code]
  const data: AuthErrorData = { code, message, ...extra }
  return createError({ statusCode, statusMessage: code, message: `[auth] ${message}`, data })
}

export function invalidInputError(error: ZodError) {
  const fields = error.issues.map(issue => ({ path: issue.path.join('.'), issue: issue.code }))
  return authError('invalid_input', { fields })
}
