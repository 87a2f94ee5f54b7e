import { describe, expect, it } from 'vitest'
import { canonicalJson, datasetsDigest, renderKey } from '../../../server/render/cache'

describe('render/cache', () => {
  it('writes equal objects the same way whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }))
      .toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}')
  })

  it('gives the same key to reordered specs and a new key to changed ones', () => {
    const key = renderKey({ spec: { mark: 'bar', width: 100 }, format: 'svg' })
    expect(renderKey({ format: 'svg', spec: { width: 100, mark: 'bar' } })).toBe(key)
    expect(renderKey({ spec: { mark: 'bar', width: 101 }, format: 'svg' })).not.toBe(key)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
  })

  it('digests datasets by name and content', () => {
    const rows = [{ a: 1 }]
    expect(datasetsDigest({ t: rows })).toBe(datasetsDigest({ t: [{ a: 1 }] }))
    expect(datasetsDigest({ t: rows })).not.toBe(datasetsDigest({ u: rows }))
    expect(datasetsDigest({ t: rows })).not.toBe(datasetsDigest({ t: [{ a: 2 }] }))
  })
})
