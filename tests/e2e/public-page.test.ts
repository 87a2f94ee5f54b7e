import { beforeAll, describe, expect, it } from 'vitest'
import type { ChartDetail, DatasetSummary, GenerateResponse } from '../../shared/types/api'
import { api, baseURL as baseURLOf, signUp } from './helpers'

let token: string
let cars: DatasetSummary

async function makeChart(visibility: 'public' | 'unlisted' | 'private', prompt = 'average miles per gallon by origin') {
  const gen = await api<GenerateResponse>('/api/generate', { method: 'POST', token, json: { datasetId: cars.id, prompts: [prompt], lang: 'en' } })
  expect(gen.status).toBe(200)
  if (!gen.body.ok) throw new Error(JSON.stringify(gen.body))
  const saved = await api<ChartDetail>('/api/charts', {
    method: 'POST', token,
    json: { title: `MPG by origin (${visibility})`, visibility, datasetId: cars.id, prompt, spec: gen.body.specs[0]!.spec },
  })
  expect(saved.status).toBe(201)
  return saved.body
}

describe('public chart pages', () => {
  beforeAll(async () => {
    token = (await signUp('pub')).token
    const list = await api<DatasetSummary[]>('/api/datasets')
    cars = list.body.find(d => /cars/i.test(d.title))!
    expect(cars).toBeTruthy()
  })

  it('serves the chart as inline SVG with meta tags, JSON-LD and a summary', async () => {
    const chart = await makeChart('public')
    const page = await api<string>(`/c/${chart.slug}`)
    expect(page.status).toBe(200)
    const html = page.body
    expect(html).toMatch(/<svg[^>]*role="img"/)
    expect(html).toContain('<title>MPG by origin (public)')
    expect(html).toMatch(/<meta[^>]+property="og:image"[^>]+\/c\/[a-z0-9]+\.png/)
    expect(html).toMatch(/<meta[^>]+name="twitter:card"[^>]+summary_large_image/)
    expect(html).toMatch(/<link[^>]+rel="canonical"/)
    expect(html).toContain('application/ld+json')
    expect(html).toMatch(/highest for Japan/)
    expect(html).toContain('<table')
    expect(html).not.toMatch(/noindex/)
    expect(page.headers.get('cache-control') ?? '').not.toBe('')
  })

  it('serves permanent SVG, PNG, JSON and CSV files', async () => {
    const chart = await makeChart('public')
    const svg = await fetch(`${baseURLOf()}/c/${chart.slug}.svg`)
    expect(svg.headers.get('content-type')).toContain('image/svg+xml')
    expect(svg.headers.get('etag')).toBeTruthy()
    expect(await svg.text()).toMatch(/^<svg/)
    const png = await fetch(`${baseURLOf()}/c/${chart.slug}.png?theme=dark`)
    expect(png.headers.get('content-type')).toBe('image/png')
    const bytes = new Uint8Array(await png.arrayBuffer())
    expect([...bytes.slice(1, 4)].map(b => String.fromCharCode(b)).join('')).toBe('PNG')
    const again = await fetch(`${baseURLOf()}/c/${chart.slug}.svg`, { headers: { 'if-none-match': svg.headers.get('etag')! } })
    expect(again.status).toBe(304)
    const json = await api<{ data: { values: unknown[] } }>(`/c/${chart.slug}.json`)
    expect(json.body.data.values.length).toBeGreaterThan(100)
    const csv = await api<string>(`/c/${chart.slug}.csv`)
    expect(csv.body.split('\n')[0]).toContain('Miles_per_Gallon')
  })

  it('marks unlisted charts noindex and keeps them out of the sitemap and gallery', async () => {
    const chart = await makeChart('unlisted')
    const page = await api<string>(`/c/${chart.slug}`)
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/<meta[^>]+name="robots"[^>]+noindex/)
    const sitemap = await api<string>('/sitemap.xml')
    expect(sitemap.body).not.toContain(chart.slug)
    const gallery = await api<{ items: { slug: string }[] }>('/api/gallery?pageSize=48')
    expect(gallery.body.items.map(i => i.slug)).not.toContain(chart.slug)
  })

  it('answers 404 for private charts to everyone else', async () => {
    const chart = await makeChart('private')
    expect((await api(`/c/${chart.slug}`)).status).toBe(404)
    expect((await api(`/c/${chart.slug}.png`)).status).toBe(404)
    expect((await api(`/api/charts/${chart.id}`)).status).toBe(404)
    const other = await signUp('other')
    expect((await api(`/api/charts/${chart.id}`, { token: other.token })).status).toBe(404)
    expect((await api(`/api/charts/${chart.id}`, { token })).status).toBe(200)
  })

  it('answers a cached page with 304 when the client holds its ETag', async () => {
    const chart = await makeChart('public')
    const first = await api<string>(`/c/${chart.slug}`)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(first.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(first.headers.get('content-encoding')).toBe('gzip')
    expect(first.body).toContain('</html>')
    const again = await fetch(`${baseURLOf()}/c/${chart.slug}`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    const json = await fetch(`${baseURLOf()}/c/${chart.slug}.json`)
    const jsonAgain = await fetch(`${baseURLOf()}/c/${chart.slug}.json`, { headers: { 'if-none-match': json.headers.get('etag')! } })
    expect(jsonAgain.status).toBe(304)
  })

  it('pins a version with ?v=N on the page and its files', async () => {
    const chart = await makeChart('public')
    const spec = { ...chart.spec, mark: 'line' }
    const saved = await api<ChartDetail>(`/api/charts/${chart.id}/versions`, {
      method: 'POST', token,
      json: { title: chart.title, visibility: 'public', datasetId: cars.id, prompt: 'as a line', spec },
    })
    expect(saved.status).toBe(201)
    const current = await api<{ mark: unknown }>(`/c/${chart.slug}.json`)
    const pinned = await api<{ mark: unknown }>(`/c/${chart.slug}.json?v=1`)
    expect(current.body.mark).toBe('line')
    expect(pinned.body.mark).not.toBe('line')
    const page = await api<string>(`/c/${chart.slug}?v=1`)
    expect(page.body).toMatch(/og:image[^>]+\.png\?[^"]*v=1/)
    expect(page.body).toContain(`/c/${chart.slug}.svg?v=1`)
    expect((await api(`/c/${chart.slug}.svg?v=99`)).status).toBe(404)
  })

  it('serves an embed page and advertises it over oEmbed', async () => {
    const chart = await makeChart('public')
    const page = await api<string>(`/c/${chart.slug}`)
    const link = /<link[^>]+type="application\/json\+oembed"[^>]+href="([^"]+)"/.exec(page.body)
    expect(link).toBeTruthy()
    const href = new URL(link![1]!.replace(/&amp;/g, '&'))
    const oembed = await api<{ type: string, html: string }>(href.pathname + href.search)
    expect(oembed.status).toBe(200)
    expect(oembed.body.type).toBe('rich')
    expect(oembed.body.html).toContain(`/embed/${chart.slug}`)
    const embed = await api<string>(`/embed/${chart.slug}`)
    expect(embed.status).toBe(200)
    expect(embed.body).toMatch(/<svg[^>]*role="img"/)
    expect(embed.body).toMatch(/<meta[^>]+name="robots"[^>]+noindex/)
    expect(embed.headers.get('x-frame-options')).toBeNull()
    const hidden = await makeChart('private')
    expect((await api(`/embed/${hidden.slug}`)).status).toBe(404)
    expect((await api(`/api/oembed?url=${encodeURIComponent(`${baseURLOf()}/c/${hidden.slug}`)}`)).status).toBe(404)
  })

  it('serves robots.txt pointing at the sitemap', async () => {
    const robots = await api<string>('/robots.txt')
    expect(robots.body).toMatch(/^User-agent: \*/m)
    expect(robots.body).toMatch(/^Sitemap: http.+\/sitemap\.xml$/m)
  })

  it('sends a small static file whole to a client that accepts compression', async () => {
    const res = await fetch(`${baseURLOf()}/favicon.svg`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
      signal: AbortSignal.timeout(2000),
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
  })

  it('names its icon and sends /favicon.ico there', async () => {
    const chart = await makeChart('public')
    expect((await api<string>(`/c/${chart.slug}`)).body).toMatch(/<link[^>]+rel="icon"[^>]+\/favicon\.svg/)
    const ico = await fetch(`${baseURLOf()}/favicon.ico`, { redirect: 'manual' })
    expect(ico.status).toBe(301)
    expect(ico.headers.get('location')).toBe('/favicon.svg')
  })

  it('refuses to keep a spec its page could not show, and says why', async () => {
    const hostile = [
      { data: { url: 'file:///etc/passwd' }, mark: 'bar' },
      { data: { url: 'http://169.254.169.254/latest/meta-data/' }, mark: 'bar' },
      { data: { values: [{ a: 1 }] }, mark: 'bar', width: 1e6, height: 1e6 },
    ]
    for (const spec of hostile) {
      const saved = await api<{ data?: { code?: string, message?: string } }>('/api/charts', {
        method: 'POST', token, json: { title: 'Hostile', visibility: 'public', spec },
      })
      expect(saved.status).toBe(422)
      expect(saved.body.data?.code).toMatch(/^(refused_|too_large)/)
      expect(JSON.stringify(saved.body)).not.toContain('root:')
    }
    const chart = await makeChart('public')
    const version = await api<{ data?: { code?: string } }>(`/api/charts/${chart.id}/versions`, {
      method: 'POST', token,
      json: { title: chart.title, visibility: 'public', spec: hostile[0] },
    })
    expect(version).toMatchObject({ status: 422, body: { data: { code: 'refused_file' } } })
    // The chart is untouched: still version 1, still drawn.
    expect((await api(`/c/${chart.slug}.svg`)).status).toBe(200)
  })

  it('lists public charts in the sitemap', async () => {
    const chart = await makeChart('public')
    const sitemap = await api<string>('/sitemap.xml')
    expect(sitemap.body).toContain(`/c/${chart.slug}`)
  })
})
