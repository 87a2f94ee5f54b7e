import { resolve } from 'node:path'

export interface Settings {
  dataDir: string
  databaseUrl?: string
  redisUrl?: string
  siteUrl: string
  s3?: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string }
  limits: { uploadBytes: number; uploadRows: number; promptChars: number }
}

const S3_KEYS = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

/** Thrown at start when a setting the configuration depends on is missing; names the env variable. */
export class SettingsError extends Error {
  constructor(envName: string, why: string) {
    super(`[config] missing setting ${envName}: ${why}`)
  }
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new SettingsError(name, 'must be a positive number')
  return value
}

/**
 * Reads the settings from the documented env names (see .env.example). Plain env names are read at run
 * time, so one production build serves any configuration.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const s3Given = S3_KEYS.filter(key => env[key])
  if (s3Given.length > 0 && s3Given.length < S3_KEYS.length) {
    const missing = S3_KEYS.find(key => !env[key])!
    throw new SettingsError(missing, 'S3 storage is configured only partly')
  }
  const databaseUrl = env.DATABASE_URL || undefined
  if (databaseUrl && !/^(postgres|postgresql):\/\//.test(databaseUrl)) {
    throw new SettingsError('DATABASE_URL', 'must be a postgres:// URL (leave it unset for SQLite)')
  }
  return {
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl,
    redisUrl: env.REDIS_URL || undefined,
    siteUrl: (env.SITE_URL || 'http://localhost:3000').replace(/\/$/, ''),
    s3: s3Given.length
      ? {
          endpoint: env.S3_ENDPOINT!,
          bucket: env.S3_BUCKET!,
          region: env.S3_REGION!,
          accessKeyId: env.S3_ACCESS_KEY_ID!,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
        }
      : undefined,
    limits: {
      uploadBytes: intFrom('UPLOAD_MAX_BYTES', 50 * 1024 * 1024),
      uploadRows: intFrom('UPLOAD_MAX_ROWS', 1_000_000),
      promptChars: intFrom('PROMPT_MAX_CHARS', 1000),
    },
  }
}

let cached: Settings | undefined

export function useSettings(): Settings {
  cached ??= readSettings()
  return cached
}
