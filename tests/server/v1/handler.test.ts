import { createApp, createRouter, toWebHandler } from 'h3'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { v1Error } from '../../../server/v1/errors'
import { defineV1Handler, readV1Body, readV1Query } from '../../../server/v1/handler'

const Body = z.object({ title: z.string().min(1) }).strict()
const Query = z.object({ page: z.coerce.number().int().min(1).default(1) })

function app() {
  const router = createRouter()
    .post('/things', defineV1Handler(async event => ({ ok: await readV1Body(event, Body) })))
    .get('/things', defineV1Handler(async event => readV1Query(event, Query)))
    .get('/missing', defineV1Handler(async () => { throw v1Error('chart_not_found') }))
    .get('/broken', defineV1Handler(async () => { throw new Error('disk /var/x failed') }))
  return toWebHandler(createApp().use(router))
}

async function call(path: string, init?: RequestInit) {
  const res = await app()(new Request(`http://api.test${path}`, init))
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() }
}

const post = (body: string) => ({
  method: 'POST', body, headers: { 'content-type': 'application/json' },
})

describe('v1/handler', () => {
  it('passes validated values to the route', async () => {
    expect((await call('/things', post('{"title":"x"}'))).body).toEqual({ ok: { title: 'x' } })
    expect((await call('/things?page=3')).body).toEqual({ page: 3 })
  })

  it('answers invalid bodies and queries as 400 naming where the problem is', async () => {
    const bad = await call('/things', post('{"title":""}'))
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.fields).toEqual([{ path: 'body.title', issue: 'too_small' }])
    const query = await call('/things?page=0')
    expect(query.body.error.details.fields[0].path).toBe('query.page')
  })

  it('answers malformed JSON in the same error shape', async () => {
    const res = await call('/things', post('{"title":'))
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_request')
  })

  it('answers thrown errors as JSON with their status', async () => {
    const missing = await call('/missing')
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'chart_not_found' } } })
    expect(missing.type).toContain('application/json')
    const broken = await call('/broken')
    expect(broken.status).toBe(500)
    expect(JSON.stringify(broken.body)).not.toContain('/var/x')
  })
})
