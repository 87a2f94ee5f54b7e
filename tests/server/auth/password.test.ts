import { describe, expect, it } from 'vitest'
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../../server/auth/password'

describe('auth/password', () => {
  it('hashes with argon2id and a fresh salt each time', async () => {
    const first = await hashPassword('correct horse battery')
    const second = await hashPassword('correct horse battery')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(first).not.toBe(second)
  })

  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery')
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true)
    expect(await verifyPassword(stored, 'correct horse batterY')).toBe(false)
  })

  it('rejects a stored value that is not an argon2 hash instead of throwing', async () => {
    expect(await verifyPassword('', 'anything')).toBe(false)
    expect(await verifyPassword('plain-text-password', 'plain-text-password')).toBe(false)
  })

  it('burns a verification for unknown accounts without throwing', async () => {
    await expect(burnPasswordCheck('whatever')).resolves.toBeUndefined()
  })
})
