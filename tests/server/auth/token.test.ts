import { describe, expect, it } from 'vitest'
import {
  API_TOKEN_PREFIX, createSessionToken, hashToken, isApiToken, readRequestToken,
} from '../../../server/auth/token'

describe('auth/token', () => {
  it('issues 256-bit base64url tokens and stores only their SHA-256', () => {
    const { token, hash } = createSessionToken()
    expect(token).toMatch(/^[\w-]{43}$/)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(hashToken(token))
    expect(hash).not.toContain(token)
  })

  it('never issues the same token twice', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => createSessionToken().token))
    expect(tokens.size).toBe(200)
  })

  it('hashes deterministically (known SHA-256 vector)', () => {
    expect(hashToken('abc'))
      .toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('tells personal access tokens apart by prefix', () => {
    expect(isApiToken(`${API_TOKEN_PREFIX}abc`)).toBe(true)
    expect(isApiToken(createSessionToken().token)).toBe(false)
  })

  it('prefers the bearer header and falls back to the cookie', () => {
    expect(readRequestToken('Bearer abc', 'cookie')).toBe('abc')
    expect(readRequestToken('bearer  abc ', null)).toBe('abc')
    expect(readRequestToken(undefined, 'cookie')).toBe('cookie')
    expect(readRequestToken('Basic dXNlcjpwdw==', 'cookie')).toBe('cookie')
    expect(readRequestToken('Bearer ', undefined)).toBeNull()
    expect(readRequestToken(null, '')).toBeNull()
    // nuxt-auth sends the literal string "null" when it has no token in memory.
    expect(readRequestToken('null', 'cookie')).toBe('cookie')
  })
})
