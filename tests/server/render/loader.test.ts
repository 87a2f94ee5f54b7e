import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderChart } from '../../../server/render/index'
import { createSafeLoader, refusalFor } from '../../../server/render/loader'
import type { RenderError } from '../../../server/render/errors'
import { barSpec } from './fixtures'

const hostileUrls: Array<[string, string]> = [
  ['http://example.com/data.json', 'refused_url'],
  ['https://example.com/data.csv', 'refused_url'],
  ['http://127.0.0.1:6379/', 'refused_url'],
  ['http://[::1]/', 'refused_url'],
  ['http://169.254.169.254/latest/meta-data', 'refused_url'],
  ['http://10.0.0.1/', 'refused_url'],
  ['//example.com/data.json', 'refused_url'],
  ['data:application/json,[{"fruit":"a","sold":1}]', 'refused_url'],
  ['file:///etc/passwd', 'refused_file'],
  ['/etc/passwd', 'refused_file'],
  ['../../etc/passwd', 'refused_file'],
  ['data/cars.json', 'refused_file'],
  ['C:\\Windows\\win.ini', 'refused_file'],
]

describe('render/loader', () => {
  let fetchSpy: ReturnType<typeof vi.spyOn>

  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'))
  })
  afterEach(() => {
    expect(fetchSpy).not.toHaveBeenCalled()
    fetchSpy.mockRestore()
  })

  it.each(hostileUrls)('refuses data from %s', async (url, code) => {
    await expect(renderChart({ spec: barSpec({ url }), format: 'svg' }))
      .rejects.toMatchObject({ code })
  })

  it('refuses a URL hidden in a lookup transform', async () => {
    const spec = {
      ...barSpec({ values: [{ fruit: 'apple', sold: 1 }] }),
      transform: [{
        lookup: 'fruit',
        from: { data: { url: 'http://169.254.169.254/latest/meta-data' }, key: 'fruit' },
        as: 'extra',
      }],
    }
    await expect(renderChart({ spec, format: 'svg' }))
      .rejects.toMatchObject({ code: 'refused_url' })
  })

  it('refuses an image mark pointing at a URL', async () => {
    const spec = {
      data: { values: [{ x: 1, img: 'http://169.254.169.254/latest/meta-data' }] },
      mark: { type: 'image', width: 20, height: 20 },
      encoding: { x: { field: 'x', type: 'quantitative' }, url: { field: 'img' } },
    }
    await expect(renderChart({ spec, format: 'svg' }))
      .rejects.toMatchObject({ code: 'refused_image' })
  })

  it('refuses an image URL set as a constant mark property', async () => {
    const spec = {
      data: { values: [{ x: 1 }] },
      mark: { type: 'image', url: 'file:///etc/passwd', width: 20, height: 20 },
      encoding: { x: { field: 'x', type: 'quantitative' } },
    }
    await expect(renderChart({ spec, format: 'png' }))
      .rejects.toMatchObject({ code: 'refused_image' })
  })

  it('carries URLs in params and usermeta without fetching them', async () => {
    const spec = {
      ...barSpec({ values: [{ fruit: 'apple', sold: 1 }] }),
      params: [{ name: 'src', value: 'http://127.0.0.1/' }],
      usermeta: { embedOptions: { loader: { baseURL: 'http://127.0.0.1/' } } },
    }
    const result = await renderChart({ spec, format: 'svg' })
    // usermeta and params are carried along but never fetched.
    expect(result.body).toContain('>apple</text>')
  })

  it('keeps safe links in the SVG and drops script links', async () => {
    const linked = (href: string) => ({
      ...barSpec({ values: [{ fruit: 'apple', sold: 1, href }] }),
      encoding: { ...barSpec({}).encoding, href: { field: 'href' } },
    })
    const safe = await renderChart({ spec: linked('https://example.com/a'), format: 'svg' })
    const script = await renderChart({ spec: linked('javascript:alert(1)'), format: 'svg' })
    expect(safe.body).toContain('xlink:href="https://example.com/a"')
    expect(script.body).not.toMatch(/href="javascript:/)
    expect(script.body).toContain('<a>')
  })
})

describe('render/loader createSafeLoader', () => {
  it('rejects every entry point and records why', async () => {
    const refusals: RenderError[] = []
    const loader = createSafeLoader({ refusals })
    await expect(loader.load('http://example.com')).rejects.toMatchObject({ code: 'refused_url' })
    await expect(loader.http('http://example.com')).rejects.toMatchObject({ code: 'refused_url' })
    await expect(loader.file('/etc/passwd')).rejects.toMatchObject({ code: 'refused_file' })
    await expect(loader.sanitize('x.png', { context: 'image' }))
      .rejects.toMatchObject({ code: 'refused_image' })
    expect(refusals.map(r => r.code))
      .toEqual(['refused_url', 'refused_url', 'refused_file', 'refused_image'])
  })

  it('serves data/<file> only from a trusted directory, never outside it', () => {
    expect(refusalFor('data/cars.json', '/srv/data')).toBeUndefined()
    expect(refusalFor('data/../secret.json', '/srv/data')).toBeDefined()
    expect(refusalFor('data/sub/cars.json', '/srv/data')).toBeDefined()
    expect(refusalFor('data/cars.json')).toMatchObject({ code: 'refused_file' })
  })

  it('names its subsystem in every message', () => {
    expect(refusalFor('http://example.com')?.message).toMatch(/^\[render\] /)
  })
})
