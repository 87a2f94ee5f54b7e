import { describe, expect, it } from 'vitest'
import { hashToken, isApiToken } from '../../../server/auth/token'
import type { ApiTokenSummary } from '../../../server/repositories/api-tokens'
import {
  activeTokens, createApiToken, TokenBody, tokenError, toTokenListItem,
} from '../../../server/v1/tokens'

const summary = (over: Partial<ApiTokenSummary>): ApiTokenSummary => ({
  id: 't1', userId: 'u1', name: 'CI', lastUsedAt: null, createdAt: 1, revokedAt: null, ...over,
})

describe('v1/tokens', () => {
  it('issues personal tokens the session resolver recognizes, with their hash', () => {
    const { token, hash } = createApiToken()
    expect(isApiToken(token)).toBe(true)
    expect(token).toMatch(/^wanwu_pat_[\w-]{43}$/)
    expect(hash).toBe(hashToken(token))
    expect(createApiToken().token).not.toBe(token)
  })

  it('lists active tokens without the owner or any secret', () => {
    const tokens = [summary({ id: 'a' }), summary({ id: 'b', revokedAt: 5 })]
    const listed = activeTokens(tokens).map(toTokenListItem)
    expect(listed).toEqual([{ id: 'a', name: 'CI', createdAt: 1, lastUsedAt: null }])
  })

  it('builds errors the account page can read by code', () => {
    const error = tokenError('too_many_tokens')
    expect(error.statusCode).toBe(409)
    expect(error.data).toMatchObject({ code: 'too_many_tokens' })
    expect(error.message).toMatch(/^\[tokens\] /)
  })

  it('wants a name of 1 to 100 characters, trimmed', () => {
    expect(TokenBody.parse({ name: '  deploy bot ' })).toEqual({ name: 'deploy bot' })
    expect(TokenBody.safeParse({ name: '   ' }).success).toBe(false)
    expect(TokenBody.safeParse({ name: 'x'.repeat(101) }).success).toBe(false)
  })
})
