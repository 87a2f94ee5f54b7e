// Kept free of server imports: the app reads the codes to pick `auth.errors.<code>` texts.
// The English messages here are for API clients; people see the i18n files instead.
export const AUTH_ERRORS = {
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

export function isAuthErrorCode(value: unknown): value is AuthErrorCode {
  return typeof value === 'string' && Object.hasOwn(AUTH_ERRORS, value)
}
