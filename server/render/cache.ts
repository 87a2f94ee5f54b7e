import { createHash } from 'node:crypto'
import type { Storage } from 'unstorage'
import type { Row } from './options'

const CACHE_PREFIX = 'render:'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** JSON with object keys sorted, so equal specs written in a different key order share a key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) => {
    if (val === null || typeof val !== 'object' || Array.isArray(val)) return val
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(val).sort()) sorted[key] = (val as Record<string, unknown>)[key]
    return sorted
  })
}

// Datasets are treated as immutable once handed to the renderer, so a row array is hashed once.
const rowDigests = new WeakMap<Row[], string>()

function rowsDigest(rows: Row[]): string {
  let digest = rowDigests.get(rows)
  if (!digest) {
    digest = sha256(JSON.stringify(rows))
    rowDigests.set(rows, digest)
  }
  return digest
}

export function datasetsDigest(datasets: Record<string, Row[]>): string {
  const parts = Object.keys(datasets).sort().map(name => [name, rowsDigest(datasets[name]!)])
  return JSON.stringify(parts)
}

/** Everything that changes the produced bytes, hashed; the etag is derived from it too. */
export function renderKey(parts: Record<string, unknown>): string {
  return sha256(canonicalJson(parts))
}

export interface CachedImage {
  body: string | Uint8Array
  width: number
  height: number
}

const SVG_SIZE = /^<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/

// Sizes are read back from the image itself, so one raw entry per render is enough.
function imageSize(body: string | Uint8Array): { width: number, height: number } {
  if (typeof body === 'string') {
    const match = SVG_SIZE.exec(body)
    return { width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) }
  }
  // PNG: the IHDR chunk holds big-endian width and height at bytes 16 and 20.
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

export async function readCached(
  storage: Storage, key: string, format: 'svg' | 'png',
): Promise<CachedImage | undefined> {
  const raw: unknown = await storage.getItemRaw(CACHE_PREFIX + key)
  if (raw == null) return undefined
  let body: string | Uint8Array
  if (format === 'svg') {
    body = typeof raw === 'string' ? raw : new TextDecoder().decode(raw as Uint8Array)
  }
  else {
    if (!(raw instanceof Uint8Array)) return undefined
    body = raw
  }
  return { body, ...imageSize(body) }
}

export async function writeCached(
  storage: Storage, key: string, body: string | Uint8Array,
): Promise<void> {
  await storage.setItemRaw(CACHE_PREFIX + key, body)
}
