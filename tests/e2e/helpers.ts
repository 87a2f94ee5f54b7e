import { inject } from 'vitest'

export const baseURL = () => inject('baseURL')

export async function api<T = unknown>(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<{ status: number; body: T; headers: Headers }> {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  const res = await fetch(`${baseURL()}${path}`, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body })
  const text = await res.text()
  let body: unknown = text
  try { body = JSON.parse(text) }
  catch { /* not JSON */ }
  return { status: res.status, body: body as T, headers: res.headers }
}

let counter = 0
/** A new account; returns its session token. */
export async function signUp(prefix = 'user'): Promise<{ token: string; email: string; name: string }> {
  counter += 1
  const name = `${prefix}${Date.now().toString(36)}${counter}`
  const email = `${name}@example.com`
  const res = await api<{ token: string }>('/api/auth/register', { method: 'POST', json: { email, password: 'correct horse battery', name } })
  if (res.status >= 300) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`)
  return { token: res.body.token, email, name }
}
