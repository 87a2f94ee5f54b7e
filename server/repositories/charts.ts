import { and, eq, sql } from 'drizzle-orm'
import { customAlphabet } from 'nanoid'
import type { Chart, ChartSpec, ChartVisibility } from '../db/types'
import { first, type Context } from './internal/context'
import { ownedBy, visibleTo } from './internal/charts'

// Slugs end up in shared links: short, lower-case, without look-alike characters.
const newSlug = customAlphabet('23456789abcdefghjkmnpqrstuvwxyz', 10)

export interface ChartVersionInput {
  spec: ChartSpec
  prompt: string
  mark: string
  /** Storage key of the data rows the spec renders from, unless the spec inlines its values. */
  dataKey?: string | null
  message?: string | null
}

export interface NewChartInput extends ChartVersionInput {
  ownerId: string
  title: string
  description?: string | null
  datasetId?: string | null
  visibility?: ChartVisibility
  tags?: string[]
}

export interface ChartMetaPatch {
  title?: string
  description?: string | null
  visibility?: ChartVisibility
  tags?: string[]
}

export function createChartWriteRepository(ctx: Context) {
  const { db, tables: t, newId, transaction } = ctx

  return {
    /** The chart and its version 1, both or neither. */
    async create(input: NewChartInput): Promise<Chart> {
      const { message, ...chart } = input
      return transaction(async (tx) => {
        const [row] = await tx.insert(t.charts)
          .values({ ...chart, id: newId(), slug: newSlug(), currentVersion: 1 })
          .returning()
        await tx.insert(t.chartVersions).values({
          id: newId(), chartId: row!.id, version: 1, spec: input.spec,
          prompt: input.prompt, dataKey: input.dataKey, message,
        })
        return row!
      })
    },

    /**
     * Appends an immutable version and makes it current. The version number comes from the
     * same scoped update, so two concurrent saves cannot claim the same number.
     */
    async saveVersion(chartId: string, ownerId: string, input: ChartVersionInput):
    Promise<Chart | null> {
      return transaction(async (tx) => {
        const rows = await tx.update(t.charts)
          .set({
            spec: input.spec, prompt: input.prompt, mark: input.mark, dataKey: input.dataKey,
            currentVersion: sql`${t.charts.currentVersion} + 1`, updatedAt: Date.now(),
          })
          .where(ownedBy(t, chartId, ownerId))
          .returning()
        const chart = first(rows)
        if (!chart) return null

        await tx.insert(t.chartVersions).values({
          id: newId(), chartId, version: chart.currentVersion, spec: input.spec,
          prompt: input.prompt, dataKey: input.dataKey, message: input.message,
        })
        return chart
      })
    },

    async updateMeta(id: string, ownerId: string, patch: ChartMetaPatch): Promise<Chart | null> {
      const rows = await db.update(t.charts)
        .set({ ...patch, updatedAt: Date.now() })
        .where(ownedBy(t, id, ownerId))
        .returning()
      return first(rows)
    },

    /** A private copy for `newOwnerId` of a chart they can see, starting again at version 1. */
    async fork(chartId: string, newOwnerId: string): Promise<Chart | null> {
      return transaction(async (tx) => {
        const [source] = await tx.select().from(t.charts)
          .where(and(eq(t.charts.id, chartId), visibleTo(t, newOwnerId))).limit(1)
        if (!source) return null

        const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, ...copy } = source
        const [row] = await tx.insert(t.charts).values({
          ...copy, id: newId(), slug: newSlug(), ownerId: newOwnerId, forkOf: source.id,
          visibility: 'private', currentVersion: 1, views: 0,
        }).returning()
        await tx.insert(t.chartVersions).values({
          id: newId(), chartId: row!.id, version: 1, spec: source.spec,
          prompt: source.prompt, dataKey: source.dataKey, message: null,
        })
        return row!
      })
    },

    async delete(id: string, ownerId: string): Promise<boolean> {
      const rows = await db.delete(t.charts).where(ownedBy(t, id, ownerId))
        .returning({ id: t.charts.id })
      return rows.length > 0
    },

    async incrementViews(id: string): Promise<void> {
      await db.update(t.charts)
        .set({ views: sql`${t.charts.views} + 1` })
        .where(eq(t.charts.id, id))
    },
  }
}
