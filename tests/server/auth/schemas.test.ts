import { describe, expect, it } from 'vitest'
import {
  accountPatchSchema, isLocale, loginBodySchema, passwordChangeSchema, registerBodySchema,
} from '../../../server/auth/schemas'

describe('auth/schemas', () => {
  it('normalizes email and handle case and whitespace', () => {
    const body = registerBodySchema.parse({
      email: '  Anna@Example.COM ', password: 'longenough', name: ' Anna_1 ',
    })
    expect(body).toEqual({ email: 'anna@example.com', password: 'longenough', name: 'anna_1' })
  })

  it('enforces password length 8..128 on sign-up', () => {
    const base = { email: 'a@example.com' }
    expect(registerBodySchema.safeParse({ ...base, password: '1234567' }).success).toBe(false)
    expect(registerBodySchema.safeParse({ ...base, password: '12345678' }).success).toBe(true)
    expect(registerBodySchema.safeParse({ ...base, password: 'x'.repeat(128) }).success).toBe(true)
    expect(registerBodySchema.safeParse({ ...base, password: 'x'.repeat(129) }).success).toBe(false)
  })

  it.each(['ab', 'a'.repeat(33), 'has space', 'dot.ted', '中文名'])('rejects handle %j', (name) => {
    const body = { email: 'a@example.com', password: '12345678', name }
    expect(registerBodySchema.safeParse(body).success).toBe(false)
  })

  it('rejects malformed emails', () => {
    for (const email of ['nope', 'a@b', '@example.com', '']) {
      expect(loginBodySchema.safeParse({ email, password: 'x' }).success).toBe(false)
    }
  })

  it('accepts short passwords on sign-in so they fail as wrong, not as malformed', () => {
    expect(loginBodySchema.safeParse({ email: 'a@example.com', password: 'x' }).success).toBe(true)
  })

  it('requires at least one field in an account update and a known locale', () => {
    expect(accountPatchSchema.safeParse({}).success).toBe(false)
    expect(accountPatchSchema.safeParse({ locale: 'fr' }).success).toBe(false)
    expect(accountPatchSchema.parse({ locale: 'zh-CN' })).toEqual({ locale: 'zh-CN' })
    expect(accountPatchSchema.parse({ displayName: null })).toEqual({ displayName: null })
  })

  it('holds a new password to the sign-up rules', () => {
    const short = { currentPassword: 'old', newPassword: 'short' }
    expect(passwordChangeSchema.safeParse(short).success).toBe(false)
  })

  it('knows exactly the app languages', () => {
    expect(['en', 'zh-CN'].every(isLocale)).toBe(true)
    expect(['zh', 'fr', undefined].some(isLocale)).toBe(false)
  })
})
