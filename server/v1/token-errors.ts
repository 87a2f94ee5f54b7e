// Kept free of server imports: the account page reads the codes to pick `apiTokens.errors.*`.
// The English messages are for API clients; people see the i18n files instead.
export const TOKEN_ERRORS = {
  invalid_input: [400, 'Give the token a name of 1 to 100 characters.'],
  too_many_tokens: [409, 'Revoke a token first: there is a limit on active tokens.'],
  token_not_found: [404, 'No such token on your account.'],
} as const satisfies Record<string, readonly [number, string]>

export type TokenErrorCode = keyof typeof TOKEN_ERRORS

export const TOKEN_ERROR_CODES = Object.keys(TOKEN_ERRORS) as TokenErrorCode[]

export function isTokenErrorCode(value: unknown): value is TokenErrorCode {
  return typeof value === 'string' && Object.hasOwn(TOKEN_ERRORS, value)
}
