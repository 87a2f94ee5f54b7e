import { describe, expect, it } from 'vitest'
import { adminEmails, isAdmin } from '../../../server/admin/access'
import type { AuthUser } from '../../../server/auth/user'

const user = (email: string, admin = false) => ({ email, isAdmin: admin }) as AuthUser

describe('admin/access', () => {
  it('names admins by ADMIN_EMAILS, in any case, or by their database flag', () => {
    const emails = adminEmails({ ADMIN_EMAILS: ' Ada@Example.com, ,ops@example.com' })
    expect(isAdmin(user('ada@example.com'), emails)).toBe(true)
    expect(isAdmin(user('OPS@example.com'), emails)).toBe(true)
    expect(isAdmin(user('bob@example.com'), emails)).toBe(false)
    expect(isAdmin(user('bob@example.com', true), emails)).toBe(true)
    expect(isAdmin(null, emails)).toBe(false)
    expect(isAdmin(user('ada@example.com'), adminEmails({}))).toBe(false)
  })
})
