import { describe, expect, it } from 'vitest'
import { api, baseURL, signUp } from './helpers'

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

describe('POST /api/datasets (uploads on the production build)', () => {
  it('reads an XLSX workbook and refuses a corrupt one with a clear error', async () => {
    const ExcelJS = (await import('exceljs')).default
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Sales')
    sheet.addRows([['Region', 'Sales'], ['North', 120], ['South', 150]])
    const bytes = await workbook.xlsx.writeBuffer()
    const ada = await signUp('ada')
    const send = (data: BlobPart, name: string) => {
      const form = new FormData()
      form.append('file', new Blob([data]), name)
      return api<{ rowCount?: number; data?: { code?: string } }>('/api/datasets', { method: 'POST', body: form, token: ada.token })
    }

    expect(await send(bytes, 'sales.xlsx')).toMatchObject({ status: 201, body: { rowCount: 2 } })
    expect(await send('not a zip at all', 'broken.xlsx')).toMatchObject({ status: 400, body: { data: { code: 'malformed' } } })
  })

  it('refuses a chunked body over the limit with 413 (the handler would buffer all of it)', async () => {
    const ada = await signUp('ada')
    const chunk = new Uint8Array(1024 * 1024).fill(97)
    let sent = 0
    // A stream body goes out chunked, with no Content-Length to check up front.
    const body = new ReadableStream({
      pull(controller) {
        if (sent++ < 80) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const res = await fetch(`${baseURL()}/api/datasets`, {
      method: 'POST', body, duplex: 'half', headers: { authorization: `Bearer ${ada.token}`, 'content-type': 'multipart/form-data; boundary=x' },
    } as RequestInit)
    expect(res.status).toBe(413)
    expect((await api('/api/health')).status).toBe(200)
  })
})
