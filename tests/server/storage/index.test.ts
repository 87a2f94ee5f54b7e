import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { nanoid } from 'nanoid'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createStorages, type Storage, type Storages } from '../../../server/storage'
import { freshDataDir } from '../../helpers/db'

const REDIS_URL = process.env.WANWU_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

interface Backend {
  name: string
  open(dataDir: string): { storages: Storages; storage: Storage }
}

const backends: Backend[] = [
  { name: 'memory', open: (dataDir) => pick(createStorages({ dataDir }), 'cache') },
  { name: 'fs', open: (dataDir) => pick(createStorages({ dataDir }), 'files') },
  {
    name: 'redis',
    open: (dataDir) => pick(createStorages({
      dataDir, redisUrl: REDIS_URL, redisPrefix: `wanwu-test:${nanoid()}`,
    }), 'cache'),
  },
]

function pick(storages: Storages, which: 'files' | 'cache') {
  return { storages, storage: storages[which] }
}

// A PNG signature followed by every byte value: catches any text decoding on the way.
const binary = new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
  ...Array.from({ length: 256 }, (_, i) => i)])

function bytesOf(value: unknown): Buffer {
  expect(value).toBeInstanceOf(Uint8Array)
  return Buffer.from(value as Uint8Array)
}

describe.each(backends)('storage ($name)', (backend) => {
  let storage: Storage
  let storages: Storages
  let data: ReturnType<typeof freshDataDir>

  beforeAll(() => {
    data = freshDataDir()
    ;({ storage, storages } = backend.open(data.dir))
  })
  beforeEach(async () => { await storage.clear() })
  afterAll(async () => {
    await storage.clear()
    await storages.dispose()
    data.remove()
  })

  it('round-trips binary values byte for byte', async () => {
    await storage.setItemRaw('renders:chart.png', binary)
    expect(bytesOf(await storage.getItemRaw('renders:chart.png')).equals(binary)).toBe(true)

    const big = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) % 256)
    await storage.setItemRaw('uploads:big.bin', big)
    expect(bytesOf(await storage.getItemRaw('uploads:big.bin')).equals(big)).toBe(true)
  })

  it('round-trips text and JSON values', async () => {
    await storage.setItem('svg:a', '<svg>万物</svg>')
    await storage.setItem('meta:a', { rows: 3, title: '西雅图' })
    expect(await storage.getItem('svg:a')).toBe('<svg>万物</svg>')
    expect(await storage.getItem('meta:a')).toEqual({ rows: 3, title: '西雅图' })
  })

  it('answers null for missing keys and forgets removed ones', async () => {
    expect(await storage.getItemRaw('nope')).toBeNull()
    await storage.setItemRaw('tmp:x', binary)
    expect(await storage.hasItem('tmp:x')).toBe(true)
    await storage.removeItem('tmp:x')
    expect(await storage.hasItem('tmp:x')).toBe(false)
    expect(await storage.getItem('tmp:x')).toBeNull()
  })

  it('lists keys under a prefix', async () => {
    await storage.setItem('uploads:u1:a.csv', 'a')
    await storage.setItem('uploads:u2:b.csv', 'b')
    await storage.setItem('renders:c.png', 'c')
    expect((await storage.getKeys('uploads')).sort())
      .toEqual(['uploads:u1:a.csv', 'uploads:u2:b.csv'])
  })
})

describe('storage/createStorages', () => {
  it('keeps files under <dataDir>/files', async () => {
    const data = freshDataDir()
    const { files, dispose } = createStorages({ dataDir: data.dir })
    await files.setItemRaw('uploads:u1:sales.csv', new TextEncoder().encode('a,b\n1,2\n'))

    const path = join(data.dir, 'files', 'uploads', 'u1', 'sales.csv')
    expect(existsSync(path)).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe('a,b\n1,2\n')
    await dispose()
    data.remove()
  })

  it('evicts from the memory cache beyond its byte budget', async () => {
    const { cache, dispose } = createStorages({ dataDir: '/nonexistent', memoryCacheBytes: 3000 })
    for (let i = 0; i < 5; i++) await cache.setItemRaw(`png:${i}`, new Uint8Array(1000))
    expect(await cache.hasItem('png:0')).toBe(false)
    expect(await cache.hasItem('png:4')).toBe(true)
    await dispose()
  })

  it('switches files to S3 and the cache to Redis when configured', async () => {
    const { files, cache, dispose } = createStorages({
      dataDir: '/nonexistent',
      redisUrl: REDIS_URL,
      s3: {
        endpoint: 'https://s3.example.com', bucket: 'wanwu', region: 'auto',
        accessKeyId: 'id', secretAccessKey: 'secret',
      },
    })
    expect(files.getMount('').driver.name).toBe('s3')
    expect(cache.getMount('').driver.name).toBe('redis')
    await dispose()
  })
})
