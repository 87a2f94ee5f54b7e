import { describe, expect, it } from 'vitest'
import { handleFromEmail, pickFreeHandle } from '../../../server/auth/handle'
import { nameSchema } from '../../../server/auth/schemas'

describe('auth/handle', () => {
  it.each([
    ['anna.li@example.com', 'anna-li'],
    ['Bob_Smith+news@example.com', 'bob_smith'],
    ['__x.y.z__@example.com', 'x-y-z'],
  ])('derives a handle from %s', (email, handle) => {
    expect(handleFromEmail(email)).toBe(handle)
  })

  it.each(['李@example.cn', 'ab@example.com', '+tag@example.com', `${'x'.repeat(80)}@a.io`])(
    'always yields a valid handle for %s',
    (email) => {
      expect(nameSchema.safeParse(handleFromEmail(email)).success).toBe(true)
    },
  )

  it('returns the base when free and a suffixed variant when taken', async () => {
    expect(await pickFreeHandle('anna', async () => false)).toBe('anna')
    const taken = new Set(['anna'])
    const picked = await pickFreeHandle('anna', async name => taken.has(name))
    expect(picked).toMatch(/^anna-[a-z2-9]{4}$/)
    expect(nameSchema.safeParse(picked).success).toBe(true)
  })

  it('gives up after a few attempts instead of looping forever', async () => {
    await expect(pickFreeHandle('anna', async () => true)).rejects.toThrow('[auth]')
  })
})
