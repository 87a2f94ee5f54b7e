import { createHash, timingSafeEqual } from 'node:crypto'

export type MetricsAccess = 'off' | 'denied' | 'allowed'

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * Who may read /metrics: nobody when no token is configured (the route then does not
 * exist), otherwise only a caller presenting it as a Bearer token.
 */
export function metricsAccess(
  token: string | undefined, authorization: string | undefined,
): MetricsAccess {
  if (!token) return 'off'
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
  // Comparing digests keeps the comparison constant-time whatever the presented length.
  if (presented && timingSafeEqual(digest(presented), digest(token))) return 'allowed'
  return 'denied'
}
