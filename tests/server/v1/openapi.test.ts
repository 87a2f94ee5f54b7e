import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openApiDocument } from '../../../server/v1/openapi'

const ROUTES = join(import.meta.dirname, '../../../server/api/v1')
const METHOD_FILE = /^(.*)\.(get|post|patch|delete|put)\.ts$/

/** `charts/[id].patch.ts` → `patch /charts/{id}`; the catch-all has no method and is skipped. */
function routeOperations(): string[] {
  const files = readdirSync(ROUTES, { recursive: true, encoding: 'utf8' })
  return files.flatMap((file) => {
    const match = METHOD_FILE.exec(file.replaceAll('\\', '/'))
    if (!match) return []
    const path = `/${match[1]!}`.replace(/\/index$/, '').replace(/\[(\w+)\]/g, '{$1}')
    return [`${match[2]} ${path || '/'}`]
  })
}

function documentOperations(doc: ReturnType<typeof openApiDocument>): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item).map(method => `${method} ${path}`))
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn)
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner))
}

function resolve(doc: unknown, ref: string): unknown {
  return ref.replace(/^#\//, '').split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc)
}

describe('v1/openapi', () => {
  const doc = openApiDocument('https://wanwu.example')

  it('describes exactly the routes that exist under /api/v1', () => {
    const routes = routeOperations()
    expect(routes.length).toBeGreaterThanOrEqual(8)
    expect(documentOperations(doc).sort()).toEqual(routes.sort())
  })

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })

  it('resolves every $ref inside the document', () => {
    const refs = refsIn(doc)
    expect(refs).toContain('#/components/schemas/Chart')
    for (const ref of refs) expect(resolve(doc, ref), ref).toBeTypeOf('object')
  })

  it('gives operations unique ids, a success answer and their path parameters', () => {
    const ids = new Set<string>()
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const operation of Object.values(item)) {
        expect(ids.has(operation.operationId), operation.operationId).toBe(false)
        ids.add(operation.operationId)
        expect(Object.keys(operation.responses).some(s => /^2\d\d$/.test(s))).toBe(true)
        const declared = (operation.parameters ?? []).filter(p => p.in === 'path').map(p => p.name)
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map(m => m[1])
        expect(declared.sort()).toEqual(templated.sort())
      }
    }
  })

  it('documents bodies and queries from the validators, defaults left optional', () => {
    const create = doc.components.schemas.CreateChart as { required?: string[] }
    expect(create.required).toEqual(['prompt'])
    expect(doc.components.schemas.Chart).not.toHaveProperty('$schema')
    const list = doc.paths['/charts']!.get!.parameters!.map(p => [p.name, p.required])
    expect(list).toEqual([['page', false], ['pageSize', false]])
  })

  it('requires a token everywhere except on the document itself', () => {
    expect(doc.security).toEqual([{ token: [] }])
    expect(doc.paths['/openapi.json']!.get!.security).toEqual([])
    expect(doc.servers[0]!.url).toBe('https://wanwu.example/api/v1')
  })
})
