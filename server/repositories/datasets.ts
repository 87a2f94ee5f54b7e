import { and, desc, eq, isNull, or } from 'drizzle-orm'
import type { Dataset, DatasetProfile, DatasetSource } from '../db/types'
import { countOwnerChartsUsing } from './internal/charts'
import { first, type Context } from './internal/context'

export interface NewDatasetInput {
  /** null registers a sample, visible to everyone. */
  ownerId: string | null
  /** Samples pass a readable slug; uploads get a generated one. */
  slug?: string
  name: string
  title: string
  titleZh?: string | null
  source: DatasetSource
  fileKey: string
  format: string
  rowCount: number
  sizeBytes: number
  profile: DatasetProfile
}

export function createDatasetRepository({ db, tables: t, newId }: Context) {
  const live = isNull(t.datasets.deletedAt)

  return {
    /** null when the slug is taken (a sample registered twice). */
    async create(input: NewDatasetInput): Promise<Dataset | null> {
      const id = newId()
      const rows = await db.insert(t.datasets)
        .values({ ...input, id, slug: input.slug ?? id })
        .onConflictDoNothing()
        .returning()
      return first(rows)
    },

    /** Samples are readable by all, uploads only by their owner; anything else is null. */
    async get(id: string, viewerId: string | null): Promise<Dataset | null> {
      const visible = viewerId
        ? or(isNull(t.datasets.ownerId), eq(t.datasets.ownerId, viewerId))
        : isNull(t.datasets.ownerId)
      const rows = await db.select().from(t.datasets)
        .where(and(eq(t.datasets.id, id), live, visible)).limit(1)
      return first(rows)
    },

    async listForUser(ownerId: string): Promise<Dataset[]> {
      return db.select().from(t.datasets)
        .where(and(eq(t.datasets.ownerId, ownerId), live))
        .orderBy(desc(t.datasets.createdAt), desc(t.datasets.id))
    },

    async listSamples(): Promise<Dataset[]> {
      return db.select().from(t.datasets)
        .where(and(isNull(t.datasets.ownerId), live))
        .orderBy(t.datasets.slug)
    },

    async findSampleBySlug(slug: string): Promise<Dataset | null> {
      const rows = await db.select().from(t.datasets)
        .where(and(eq(t.datasets.slug, slug), isNull(t.datasets.ownerId), live)).limit(1)
      return first(rows)
    },

    /** The owner's new reading of the fields (types overridden); null when not theirs. */
    async updateProfile(id: string, ownerId: string, profile: DatasetProfile): Promise<Dataset | null> {
      const rows = await db.update(t.datasets)
        .set({ profile })
        .where(and(eq(t.datasets.id, id), eq(t.datasets.ownerId, ownerId), live))
        .returning()
      return first(rows)
    },

    /**
     * Hides an upload from its owner. Charts keep working because every chart version holds
     * its own data key; `chartsUsing` lets the UI say how many charts still point at it.
     */
    async softDelete(id: string, ownerId: string):
    Promise<{ dataset: Dataset; chartsUsing: number } | null> {
      const rows = await db.update(t.datasets)
        .set({ deletedAt: Date.now() })
        .where(and(eq(t.datasets.id, id), eq(t.datasets.ownerId, ownerId), live))
        .returning()
      const dataset = first(rows)
      if (!dataset) return null

      return { dataset, chartsUsing: await countOwnerChartsUsing(db, t, id, ownerId) }
    },
  }
}

export type DatasetRepository = ReturnType<typeof createDatasetRepository>
