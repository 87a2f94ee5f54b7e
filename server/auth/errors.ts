import { createError } from 'h3'
import type { ZodError } from 'zod'

// English texts for API clients; the app shows `auth.errors.<code>` from the i18n files instead.
const AUTH_ERRORS = {
  invalid_input: [400, 'The request body is missing fields or has invalid values.'],
  invalid_credentials: [401, 'Email or password is incorrect.'],
  unauthenticated: [401, 'Sign in to continue.'],
  wrong_password: [403, 'The password is incorrect.'],
  email_taken: [409, 'An account with this email already exists.'],
  name_taken: [409, 'This user name is already taken.'],
  rate_limited: [429, 'Too many attempts. Try again later.'],
} as const satisfies Record<string, readonly [number, string]>

export type AuthErrorCode = keyof typeof AUTH_ERRORS

export const AUTH_ERROR_CODES = Object.keys(AUTH_ERRORS) as AuthErrorCode[]

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
