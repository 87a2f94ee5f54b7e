/**
 * Keeps a `?redirect=` target inside the app: only same-origin paths pass, so a crafted
 * sign-in link cannot forward someone to another site after they enter their password.
 */
export function safeRedirect(target: unknown, fallback = '/editor'): string {
  if (typeof target !== 'string') return fallback
  if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return fallback
  if (/\p{Cc}/u.test(target)) return fallback
  return target
}
