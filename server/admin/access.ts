import type { AuthUser } from '../auth/user'

/** The addresses in ADMIN_EMAILS (comma-separated, any case). */
export function adminEmails(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const list = (env.ADMIN_EMAILS ?? '').split(',').map(e => e.trim().toLowerCase())
  return new Set(list.filter(Boolean))
}

/** Admins are named by ADMIN_EMAILS, or flagged in the database. */
export function isAdmin(user: AuthUser | null, emails = adminEmails()): boolean {
  return Boolean(user && (user.isAdmin || emails.has(user.email.toLowerCase())))
}
