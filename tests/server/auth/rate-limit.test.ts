import { describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../../server/auth/rate-limit'

function clock(start = 0) {
  let time = start
  return { now: () => time, advance: (ms: number) => { time += ms } }
}

describe('auth/rate-limit', () => {
  it('allows up to the limit, then refuses with a retry delay', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000, now: time.now })
    expect(limiter.hit('a').remaining).toBe(2)
    time.advance(100)
    limiter.hit('a')
    time.advance(100)
    expect(limiter.hit('a')).toEqual({ allowed: true, remaining: 0, retryAfterMs: 0 })
    time.advance(100)
    expect(limiter.hit('a')).toEqual({ allowed: false, remaining: 0, retryAfterMs: 700 })
  })

  it('slides: each old hit frees one slot as it leaves the window', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 2, windowMs: 1000, now: time.now })
    limiter.hit('a')
    time.advance(500)
    limiter.hit('a')
    time.advance(499)
    expect(limiter.hit('a').allowed).toBe(false)
    time.advance(1)
    expect(limiter.hit('a').allowed).toBe(true)
    expect(limiter.hit('a').allowed).toBe(false)
  })

  it('does not count refused attempts against the window', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: time.now })
    limiter.hit('a')
    for (let i = 0; i < 5; i++) limiter.hit('a')
    time.advance(1000)
    expect(limiter.hit('a').allowed).toBe(true)
  })

  it('keeps keys independent and can reset one', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => 0 })
    limiter.hit('a')
    expect(limiter.hit('b').allowed).toBe(true)
    expect(limiter.hit('a').allowed).toBe(false)
    limiter.reset('a')
    expect(limiter.hit('a').allowed).toBe(true)
  })

  it('forgets the stalest keys beyond maxKeys', () => {
    const time = clock()
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, maxKeys: 2, now: time.now })
    limiter.hit('old')
    time.advance(1)
    limiter.hit('mid')
    time.advance(1)
    limiter.hit('new')
    expect(limiter.hit('old').allowed).toBe(true)
    expect(limiter.hit('new').allowed).toBe(false)
  })
})
