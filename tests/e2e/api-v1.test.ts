import { beforeAll, describe, expect, it } from 'vitest'
import type { Chart, ChartPage, Dataset } from '../../server/v1/models'
import type { V1ErrorBody } from '../../server/v1/errors'
import type { OpenApiDocument } from '../../server/v1/openapi'
import type { TokenListItem } from '../../server/v1/tokens'
import { api, baseURL, signUp } from './helpers'

type Created = TokenListItem & { token: string }

let session: string
let pat: string
let cars: Dataset

async function createToken(sessionToken: string, name: string): Promise<Created> {
  const res = await api<Created>('/api/account/tokens', {
    method: 'POST', token: sessionToken, json: { name },
  })
  expect(res.status).toBe(201)
  return res.body
}

async function createChart(token: string, json: Record<string, unknown>) {
  return api<Chart & V1ErrorBody>('/api/v1/charts', { method: 'POST', token, json })
}

describe('api v1', () => {
  beforeAll(async () => {
    session = (await signUp('apiv1')).token
    pat = (await createToken(session, 'e2e script')).token
    const datasets = await api<{ items: Dataset[] }>('/api/v1/datasets', { token: pat })
    expect(datasets.status).toBe(200)
    cars = datasets.body.items.find(d => /cars/i.test(d.title))!
    expect(cars.fields.map(f => f.name)).toContain('Miles_per_Gallon')
  })

  it('manages tokens for the signed-in person and never lists a secret', async () => {
    expect(pat).toMatch(/^wanwu_pat_/)
    const list = await api<TokenListItem[]>('/api/account/tokens', { token: session })
    expect(list.body.map(t => t.name)).toEqual(['e2e script'])
    expect(JSON.stringify(list.body)).not.toContain(pat)
    // A token cannot mint more tokens.
    const minted = await api('/api/account/tokens', {
      method: 'POST', token: pat, json: { name: 'x' },
    })
    expect(minted.status).toBe(401)
  })

  it('creates, lists, reads, changes, renders and deletes a chart', async () => {
    const created = await createChart(pat, {
      prompt: 'average miles per gallon by origin', datasetId: cars.id, title: 'MPG by origin',
    })
    expect(created.status).toBe(201)
    const chart = created.body
    expect(chart).toMatchObject({ title: 'MPG by origin', visibility: 'private', mark: 'bar' })
    expect(chart.version).toBe(1)
    expect(chart.generation?.confidence).toBeGreaterThan(0)
    expect(chart.urls.page).toBe(`${baseURL()}/c/${chart.slug}`)

    const page = await api<ChartPage>('/api/v1/charts?pageSize=10', { token: pat })
    expect(page.body).toMatchObject({ page: 1, pageSize: 10, total: 1 })
    expect(page.body.items.map(c => c.id)).toEqual([chart.id])

    const got = await api<Chart>(`/api/v1/charts/${chart.id}`, { token: pat })
    expect(got.body.spec).toEqual(chart.spec)

    const renamed = await api<Chart>(`/api/v1/charts/${chart.id}`, {
      method: 'PATCH', token: pat, json: { title: 'Renamed', visibility: 'unlisted' },
    })
    expect(renamed.body).toMatchObject({ title: 'Renamed', visibility: 'unlisted', version: 1 })

    const regenerated = await api<Chart>(`/api/v1/charts/${chart.id}`, {
      method: 'PATCH', token: pat, json: { prompt: 'horsepower over the years as a line chart' },
    })
    expect(regenerated.status).toBe(200)
    expect(regenerated.body).toMatchObject({ version: 2, mark: 'line', title: 'Renamed' })

    const spec = { ...chart.spec, mark: 'point' }
    const saved = await api<Chart>(`/api/v1/charts/${chart.id}`, {
      method: 'PATCH', token: pat, json: { spec, message: 'as points' },
    })
    expect(saved.body).toMatchObject({ version: 3, mark: 'point' })
    const hostile = await api<{ error: { code: string } }>(`/api/v1/charts/${chart.id}`, {
      method: 'PATCH', token: pat, json: { spec: { data: { url: 'file:///etc/passwd' }, mark: 'bar' } },
    })
    expect(hostile.status).toBe(422)
    expect(hostile.body.error.code).toBe('cannot_render')

    const svg = await fetch(`${baseURL()}/api/v1/charts/${chart.id}/render`, {
      headers: { authorization: `Bearer ${pat}` },
    })
    expect(svg.headers.get('content-type')).toContain('image/svg+xml')
    expect(await svg.text()).toMatch(/^<svg/)
    const png = await fetch(`${baseURL()}/api/v1/charts/${chart.id}/render?format=png&theme=dark`, {
      headers: { authorization: `Bearer ${pat}` },
    })
    const bytes = new Uint8Array(await png.arrayBuffer())
    expect(String.fromCharCode(...bytes.slice(1, 4))).toBe('PNG')

    const deleted = await api(`/api/v1/charts/${chart.id}`, { method: 'DELETE', token: pat })
    expect(deleted).toMatchObject({ status: 200, body: { ok: true } })
    const gone = await api<V1ErrorBody>(`/api/v1/charts/${chart.id}`, { token: pat })
    expect(gone).toMatchObject({ status: 404, body: { error: { code: 'chart_not_found' } } })
  })

  it('charts numbers typed into the prompt without a dataset', async () => {
    const created = await createChart(pat, { prompt: 'apples 3, pears 5, plums 2' })
    expect(created.status).toBe(201)
    expect(created.body.datasetId).toBeNull()
  })

  it('answers bad requests in one error shape', async () => {
    const invalid = await createChart(pat, { prompt: '', datasetId: cars.id })
    expect(invalid.status).toBe(400)
    expect(invalid.body.error.code).toBe('invalid_request')
    expect(invalid.body.error.details?.fields)
      .toEqual([{ path: 'body.prompt', issue: 'too_small' }])

    const unknown = await createChart(pat, { prompt: 'mpg by origin', datasetId: 'nope' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('dataset_not_found')

    const puzzling = await createChart(pat, { prompt: 'zzzz qqqq', datasetId: cars.id })
    expect(puzzling.status).toBe(422)
    expect(puzzling.body.error.code).toBe('prompt_not_understood')

    const nowhere = await api<V1ErrorBody>('/api/v1/nothing-here', { token: pat })
    expect(nowhere).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
  })

  it('is 401 without a token and after the token is revoked', async () => {
    const anonymous = await api<V1ErrorBody>('/api/v1/charts')
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } })

    const doomed = await createToken(session, 'short-lived')
    expect((await api('/api/v1/charts', { token: doomed.token })).status).toBe(200)
    const revoke = (token: string) =>
      api(`/api/account/tokens/${doomed.id}`, { method: 'DELETE', token })

    // Someone else cannot revoke it, and it keeps working.
    const other = await signUp('apiv1other')
    expect((await revoke(other.token)).status).toBe(404)
    expect((await api('/api/v1/charts', { token: doomed.token })).status).toBe(200)

    expect((await revoke(session)).status).toBe(200)
    expect((await api('/api/v1/charts', { token: doomed.token })).status).toBe(401)
    expect((await revoke(session)).status).toBe(404)
  })

  it('hides another person\'s private chart and refuses their writes', async () => {
    const made = await createChart(pat, { prompt: 'count of cars by origin', datasetId: cars.id })
    const mine = made.body
    const other = await signUp('apiv1intruder')
    const theirs = (await createToken(other.token, 'intruder')).token
    for (const [method, json] of [['GET'], ['PATCH', { title: 'mine now' }], ['DELETE']] as const) {
      const res = await api(`/api/v1/charts/${mine.id}`, { method, token: theirs, json })
      expect(res.status, method).toBe(404)
    }
    expect((await api(`/api/v1/charts/${mine.id}/render`, { token: theirs })).status).toBe(404)
    expect((await api<ChartPage>('/api/v1/charts', { token: theirs })).body.total).toBe(0)
  })

  it('publishes an OpenAPI 3.1 document listing every route', async () => {
    const res = await api<OpenApiDocument>('/api/v1/openapi.json')
    expect(res.status).toBe(200)
    expect(res.body.openapi).toBe('3.1.0')
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining([
      '/charts', '/charts/{id}', '/charts/{id}/render', '/datasets', '/openapi.json',
    ]))
    expect(res.body.servers[0]!.url).toBe(`${baseURL()}/api/v1`)
  })
})
