// First-start content: sample datasets (files copied into storage, rows profiled) and the
// bilingual templates. Safe to run on every start and from several instances at once.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, extname, join } from 'node:path'
import type { Storage } from 'unstorage'
import { profileTable } from '../../shared/engine/profile/index'
import { readTable } from '../../shared/engine/read/index'
import type { Database } from './index'
import { SAMPLES, type SampleDefinition } from './seeds/samples'
import { TEMPLATES } from './seeds/templates'

export interface SeedOptions {
  /** Folder holding the sample files; vega-datasets/data by default. */
  samplesDir?: string
}

export interface SeedResult {
  /** Slugs registered by this run. */
  added: string[]
  /** Slugs whose registered file was missing from storage and copied again. */
  restored: string[]
}

/** Resolved through Node's resolver so it also works from the production server bundle. */
export function vegaDatasetsDir(): string {
  const entry = createRequire(import.meta.url).resolve('vega-datasets')
  return join(dirname(entry), '..', 'data')
}

export const sampleFileKey = (sample: SampleDefinition) => `samples:${sample.file}`

export async function seedSamples(
  db: Database,
  files: Storage,
  opts: SeedOptions = {},
): Promise<SeedResult> {
  const dir = opts.samplesDir ?? vegaDatasetsDir()
  const result: SeedResult = { added: [], restored: [] }

  for (const sample of SAMPLES) {
    const key = sampleFileKey(sample)
    const existing = await db.repos.datasets.findSampleBySlug(sample.slug)
    if (existing && await files.hasItem(key)) continue

    const bytes = new Uint8Array(await readFile(join(dir, sample.file)))
    await files.setItemRaw(key, bytes)
    if (existing) {
      result.restored.push(sample.slug)
      continue
    }

    const profile = profileTable(await readTable(bytes, sample.file))
    const created = await db.repos.datasets.create({
      ownerId: null, slug: sample.slug, name: sample.file, title: sample.title,
      titleZh: sample.titleZh, source: 'sample', fileKey: key,
      format: extname(sample.file).slice(1), rowCount: profile.rowCount,
      sizeBytes: bytes.byteLength, profile,
    })
    // null: another instance registered it between our lookup and insert.
    if (created) result.added.push(sample.slug)
  }

  await db.repos.templates.seed(TEMPLATES)
  return result
}
