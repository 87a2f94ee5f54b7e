import { beforeAll, describe, expect, it } from 'vitest'
import { checkModelSpec, parseAnswer } from '../../../server/llm/check'
import { warmSchema } from '../../../server/llm/schema'
import { goodSpec, salesProfile } from './fixtures'

const check = (spec: unknown) => checkModelSpec(JSON.stringify(spec), salesProfile)

describe('llm/check', () => {
  // The Vega-Lite schema takes seconds to compile, once.
  beforeAll(() => warmSchema(), 120_000)

  it('reads a bare JSON object or a fenced block', () => {
    expect(parseAnswer('{"mark":"bar"}')).toEqual({ mark: 'bar' })
    expect(parseAnswer('Here:\n```json\n{"mark":"line"}\n```\nEnjoy')).toEqual({ mark: 'line' })
    expect(parseAnswer('[1, 2]')).toBeUndefined()
    expect(parseAnswer('a bar chart please')).toBeUndefined()
  })

  it('accepts a valid spec and points it at the table', async () => {
    const result = await check({ ...goodSpec, data: { url: 'https://evil.example/x.csv' } })
    expect(result).toEqual({ ok: true, spec: { ...goodSpec, data: { name: 'table' } } })
  })

  it('refuses fields the table does not have, naming them', async () => {
    const spec = { ...goodSpec, encoding: { ...goodSpec.encoding, color: { field: 'profit' } } }
    const result = await check(spec)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toContain('unknown fields profit')
  })

  it('allows fields created by transforms', async () => {
    const spec = {
      transform: [{ calculate: 'datum.amount / 1000', as: 'thousands' }],
      mark: 'bar',
      encoding: { x: { field: 'region' }, y: { field: 'thousands', type: 'quantitative' } },
    }
    expect((await check(spec)).ok).toBe(true)
  })

  it('refuses URLs and images anywhere', async () => {
    const layered = { layer: [goodSpec, { ...goodSpec, data: { url: 'file:///etc/passwd' } }] }
    const image = { mark: 'image', encoding: { url: { field: 'region' } } }
    for (const spec of [layered, image]) {
      const result = await check(spec)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.errors.join(' ')).toMatch(/url|image/)
    }
  })

  it('reports schema errors', async () => {
    const result = await check({ ...goodSpec, mark: 'bars' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[0]).toMatch(/^schema: /)
  })

  it('rejects an answer that is not JSON', async () => {
    const result = await checkModelSpec('Sure! A bar chart of amount.', salesProfile)
    expect(result).toEqual({ ok: false, errors: ['the answer is not a JSON object'] })
  })
})
