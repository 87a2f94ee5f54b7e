import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../../server/db'
import { sampleFileKey, seedSamples, vegaDatasetsDir } from '../../../server/db/seed'
import { SAMPLES } from '../../../server/db/seeds/samples'
import { TEMPLATES } from '../../../server/db/seeds/templates'
import { createStorages, type Storages } from '../../../server/storage'
import { backends, freshDataDir, freshPgDatabase } from '../../helpers/db'

describe.each(backends)('db/seed ($name)', (backend) => {
  let db: Database
  let storages: Storages
  let data: ReturnType<typeof freshDataDir>
  let dropPg: (() => Promise<void>) | undefined

  beforeAll(async () => {
    if (backend.skip) return
    data = freshDataDir()
    const pg = backend.name === 'pg' ? await freshPgDatabase() : undefined
    dropPg = pg?.drop
    db = await createDatabase({ url: pg?.url, dataDir: data.dir })
    await db.migrate()
    storages = createStorages({ dataDir: data.dir })
  })
  afterAll(async () => {
    if (backend.skip) return
    await db.close()
    await storages.dispose()
    await dropPg?.()
    data.remove()
  })

  it.skipIf(backend.skip)('registers profiled samples and templates, once', async () => {
    const first = await seedSamples(db, storages.files)
    expect(first.added.sort()).toEqual(SAMPLES.map((s) => s.slug).sort())

    const cars = await db.repos.datasets.findSampleBySlug('cars')
    expect(cars).toMatchObject({
      ownerId: null, source: 'sample', format: 'json', rowCount: 406, titleZh: '七八十年代的汽车',
    })
    expect(cars!.profile.fields.map((f) => f.name)).toContain('Horsepower')
    const original = readFileSync(join(vegaDatasetsDir(), 'cars.json'))
    const stored = await storages.files.getItemRaw(cars!.fileKey)
    expect(Buffer.from(stored as Uint8Array).equals(original)).toBe(true)
    expect(cars!.sizeBytes).toBe(original.byteLength)

    const templates = await db.repos.templates.list()
    expect(templates).toHaveLength(TEMPLATES.length)
    const slugs = new Set(SAMPLES.map((s) => s.slug))
    expect(templates.every((t) => slugs.has(t.datasetSlug))).toBe(true)

    expect(await seedSamples(db, storages.files)).toEqual({ added: [], restored: [] })
    expect(await db.repos.datasets.listSamples()).toHaveLength(SAMPLES.length)
  })

  it.skipIf(backend.skip)('copies a sample file again when storage lost it', async () => {
    await seedSamples(db, storages.files)
    await storages.files.removeItem(sampleFileKey(SAMPLES[0]!))

    const again = await seedSamples(db, storages.files)
    expect(again).toEqual({ added: [], restored: [SAMPLES[0]!.slug] })
    expect(await storages.files.hasItem(sampleFileKey(SAMPLES[0]!))).toBe(true)
  })
})
