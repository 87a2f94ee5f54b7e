/**
 * A sliding-window limiter kept in process memory: each key remembers the times of its
 * recent hits, so a burst at the edge of a fixed window cannot double the allowance.
 * No rate-limit package is installed and one Node process serves the app, so memory is
 * enough for now.
 * TODO(#6): move the windows to Redis so limits hold across several app instances.
 */
export interface RateLimitOptions {
  limit: number
  windowMs: number
  /** Oldest keys are dropped beyond this, which bounds memory under a key-spraying attack. */
  maxKeys?: number
  now?: () => number
}

export interface RateLimitResult {
  allowed: boolean
  remaining: number
  /** 0 when allowed; otherwise how long until the oldest hit leaves the window. */
  retryAfterMs: number
}

export interface RateLimiter {
  hit(key: string): RateLimitResult
  reset(key: string): void
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, windowMs, maxKeys = 10_000, now = Date.now } = options
  const hits = new Map<string, number[]>()

  function recent(key: string, at: number): number[] {
    const times = (hits.get(key) ?? []).filter(time => at - time < windowMs)
    // Re-inserting moves the key to the end of the Map, so the first key is the stalest.
    hits.delete(key)
    if (times.length > 0) hits.set(key, times)
    return times
  }

  function evictStalest() {
    while (hits.size > maxKeys) {
      const stalest = hits.keys().next().value
      if (stalest === undefined) return
      hits.delete(stalest)
    }
  }

  return {
    hit(key) {
      const at = now()
      const times = recent(key, at)
      if (times.length >= limit) {
        const retryAfterMs = windowMs - (at - times[0]!)
        return { allowed: false, remaining: 0, retryAfterMs }
      }

      times.push(at)
      hits.set(key, times)
      evictStalest()
      return { allowed: true, remaining: limit - times.length, retryAfterMs: 0 }
    },
    reset(key) {
      hits.delete(key)
    },
  }
}
