import type { Redis } from 'ioredis'

// Both scripts run atomically in Redis, so instances racing for the same owner cannot both win.

// KEYS[1] running jobs (sorted by expiry). ARGV: id, now, expiresAt, max, keyTtlMs.
// Entries of instances that died mid-job expire instead of holding a slot forever.
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 1 end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`

// KEYS[1] submissions in the current window. ARGV: windowMs. Returns {count, ttlMs}.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {count, redis.call('PTTL', KEYS[1])}`

export interface RedisLimitsOptions {
  keyPrefix: string
  runningPerOwner: number
  submitsPerWindow: number
  windowMs: number
  /** How long a running slot is held at most: the job timeout plus a margin. */
  slotMs: number
}

/** Per-owner running slots and submission windows shared by every instance of the app. */
export function createRedisLimits(redis: Redis, options: RedisLimitsOptions) {
  const slotsKey = (owner: string) => `${options.keyPrefix}:running:${owner}`

  return {
    async acquire(owner: string, id: string): Promise<boolean> {
      const now = Date.now()
      const won = await redis.eval(ACQUIRE, 1, slotsKey(owner), id, now, now + options.slotMs,
        options.runningPerOwner, options.slotMs * 2)
      return won === 1
    },
    async release(owner: string, id: string): Promise<void> {
      await redis.zrem(slotsKey(owner), id)
    },
    /** Counts a submission; returns how long to wait when the owner is over the limit. */
    async hit(owner: string): Promise<{ allowed: boolean; retryAfterMs: number }> {
      const window = Math.floor(Date.now() / options.windowMs)
      const key = `${options.keyPrefix}:submits:${owner}:${window}`
      const [count, ttl] = await redis.eval(HIT, 1, key, options.windowMs) as [number, number]
      const allowed = count <= options.submitsPerWindow
      return { allowed, retryAfterMs: allowed ? 0 : Math.max(ttl, 0) }
    },
  }
}
