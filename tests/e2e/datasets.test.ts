import { describe, expect, it } from 'vitest'
import { api, signUp } from './helpers'

async function upload(token: string, csv: string): Promise<string> {
  const form = new FormData()
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'shops.csv')
  const res = await api<{ id: string }>('/api/datasets', { method: 'POST', body: form, token })
  expect(res.status).toBe(201)
  return res.body.id
}

describe('PATCH /api/datasets/:id (field types)', () => {
  it('lets the owner read a number column as categories, and nobody else', async () => {
    const ada = await signUp('ada')
    const bob = await signUp('bob')
    const id = await upload(ada.token, 'Shop,Code,Sales\nA,101,5\nB,205,7\nC,317,9\n')

    const changed = await api<{ profile: { fields: { name: string; type: string }[] } }>(
      `/api/datasets/${id}`, { method: 'PATCH', token: ada.token, json: { types: { Code: 'nominal' } } })
    expect(changed.status).toBe(200)
    expect(changed.body.profile.fields.find(f => f.name === 'Code')!.type).toBe('nominal')

    const again = await api<{ profile: { fields: { name: string; type: string }[] } }>(`/api/datasets/${id}`, { token: ada.token })
    expect(again.body.profile.fields.find(f => f.name === 'Code')!.type).toBe('nominal')

    const other = await api(`/api/datasets/${id}`, { method: 'PATCH', token: bob.token, json: { types: { Code: 'ordinal' } } })
    expect(other.status).toBe(404)
  })

  it('refuses types the values cannot take, unknown fields and malformed bodies', async () => {
    const ada = await signUp('ada')
    const id = await upload(ada.token, 'Shop,Sales\nA,5\nB,7\n')
    const patch = (json: unknown) => api<{ data?: { code?: string } }>(`/api/datasets/${id}`, { method: 'PATCH', token: ada.token, json })

    expect(await patch({ types: { Shop: 'quantitative' } })).toMatchObject({ status: 400, body: { data: { code: 'not_allowed' } } })
    expect(await patch({ types: { Nope: 'nominal' } })).toMatchObject({ status: 400, body: { data: { code: 'unknown_field' } } })
    expect((await patch({ types: { Shop: 'colour' } })).status).toBe(400)
  })

  it('keeps samples read-only', async () => {
    const ada = await signUp('ada')
    const samples = await api<{ id: string; source: string }[]>('/api/datasets', { token: ada.token })
    const sample = samples.body.find(d => d.source === 'sample')!
    const res = await api(`/api/datasets/${sample.id}`, { method: 'PATCH', token: ada.token, json: { types: {} } })
    expect(res.status).toBe(404)
  })
})
