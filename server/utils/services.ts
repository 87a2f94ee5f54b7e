import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { consola } from 'consola'
import { createDatabase, isPostgresUrl, type Database } from '../db'
import { seedSamples } from '../db/seed'
import { createStorages, type Storages } from '../storage'
import { readSettings, type Settings } from './settings'

interface Services {
  settings: Settings
  db: Database
  storages: Storages
}

let services: Services | undefined
let starting: Promise<Services> | undefined

/** The production build carries the migrations next to its entry; a source checkout has them at the root. */
function migrationsFolder(dialect: 'sqlite' | 'pg'): string {
  const candidates = [
    join(dirname(process.argv[1] ?? '.'), 'drizzle', dialect),
    resolve('.output/server/drizzle', dialect),
    resolve('drizzle', dialect),
  ]
  return candidates.find(dir => existsSync(join(dir, 'meta', '_journal.json'))) ?? resolve('drizzle', dialect)
}

async function start(): Promise<Services> {
  const settings = readSettings()
  const dialect = isPostgresUrl(settings.databaseUrl) ? 'pg' : 'sqlite'
  const db = await createDatabase({
    url: settings.databaseUrl,
    dataDir: settings.dataDir,
    migrationsFolder: migrationsFolder(dialect),
  })
  await db.migrate()
  const storages = createStorages({ dataDir: settings.dataDir, redisUrl: settings.redisUrl, s3: settings.s3 })
  await seedSamples(db, storages.files)
  consola.withTag('startup').info(`database ${dialect}, data in ${settings.dataDir}`)
  services = { settings, db, storages }
  return services
}

/** Starts the database (with migrations and sample data) and storage once; later calls share it. */
export function startServices(): Promise<Services> {
  starting ??= start()
  return starting
}

function ready(): Services {
  if (!services) throw createError({ statusCode: 503, statusMessage: 'Starting up' })
  return services
}

export const useDb = (): Database => ready().db
export const useStorages = (): Storages => ready().storages
export const useAppSettings = (): Settings => ready().settings
