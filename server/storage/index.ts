// Two stores behind one interface each: `files` keeps what must survive (uploads, sample copies,
// data snapshots of chart versions), `cache` keeps what can be rebuilt (rendered PNG/SVG).
// Binary values go through getItemRaw/setItemRaw; every driver below round-trips them.
import { join } from 'node:path'
import { createStorage, type Storage } from 'unstorage'
import fsDriver from 'unstorage/drivers/fs'
import lruCacheDriver from 'unstorage/drivers/lru-cache'
import redisDriver from 'unstorage/drivers/redis'
import s3Driver from 'unstorage/drivers/s3'

export type { Storage } from 'unstorage'

export interface S3Options {
  endpoint: string
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
}

export interface StorageOptions {
  /** `<dataDir>/files` holds files unless S3 is configured. */
  dataDir: string
  /** Shared cache for several app instances; without it each process keeps its own. */
  redisUrl?: string
  /** Namespace for cache keys in a shared Redis. */
  redisPrefix?: string
  /** Upper bound of the in-process cache, in bytes. */
  memoryCacheBytes?: number
  s3?: S3Options
}

export interface Storages {
  files: Storage
  cache: Storage
  /** Closes connections (Redis); call on shutdown. */
  dispose(): Promise<void>
}

const DEFAULT_MEMORY_CACHE_BYTES = 64 * 1024 * 1024

export function createStorages(opts: StorageOptions): Storages {
  const files = createStorage({
    driver: opts.s3
      ? s3Driver(opts.s3)
      : fsDriver({ base: join(opts.dataDir, 'files') }),
  })

  const cache = createStorage({
    driver: opts.redisUrl
      ? redisDriver({ url: opts.redisUrl, base: opts.redisPrefix ?? 'wanwu:cache' })
      : lruCacheDriver({
          maxSize: opts.memoryCacheBytes ?? DEFAULT_MEMORY_CACHE_BYTES,
          // lru-cache needs an entry cap besides the size cap; this one is never the binding one.
          max: 100_000,
        }),
  })

  return {
    files,
    cache,
    dispose: async () => { await Promise.all([files.dispose(), cache.dispose()]) },
  }
}
