import { and, count, desc, eq, gte, or, sql } from 'drizzle-orm'
import type { ChartVersion } from '../db/types'
import { first, type Context } from './internal/context'
import {
  chartWithOwnerColumns, containsText, countOwnerChartsUsing, visibleTo, type ChartWithOwner,
} from './internal/charts'

export type { ChartWithOwner } from './internal/charts'

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface PublicChartQuery {
  page?: number
  pageSize?: number
  /** Matched case-insensitively against title, description and prompt. */
  q?: string
  mark?: string
  tag?: string
  sort?: 'new' | 'views'
}

const MAX_PAGE_SIZE = 100
const DAY_MS = 86_400_000

/** Charts created since a time, for the admin page; `day` is a UTC midnight in epoch ms. */
export interface ChartStats {
  perDay: { day: number; count: number }[]
  byMark: { mark: string; count: number }[]
}

function paging(query: Pick<PublicChartQuery, 'page' | 'pageSize'>, defaultSize: number) {
  const whole = (n: number | undefined, fallback: number) =>
    n !== undefined && Number.isFinite(n) ? Math.floor(n) : fallback
  const page = Math.max(1, whole(query.page, 1))
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, whole(query.pageSize, defaultSize)))
  return { page, pageSize, offset: (page - 1) * pageSize }
}

export function createChartQueryRepository(ctx: Context) {
  const { db, tables: t } = ctx
  const withOwner = chartWithOwnerColumns(t)

  async function pageOf(where: ReturnType<typeof and>, query: PublicChartQuery) {
    const { page, pageSize, offset } = paging(query, 24)
    const order = query.sort === 'views'
      ? [desc(t.charts.views), desc(t.charts.createdAt), desc(t.charts.id)]
      : [desc(t.charts.createdAt), desc(t.charts.id)]

    const [items, [total]] = await Promise.all([
      db.select(withOwner).from(t.charts)
        .innerJoin(t.users, eq(t.users.id, t.charts.ownerId))
        .where(where).orderBy(...order).limit(pageSize).offset(offset),
      db.select({ n: count() }).from(t.charts)
        .innerJoin(t.users, eq(t.users.id, t.charts.ownerId)).where(where),
    ])
    return { items, total: total?.n ?? 0, page, pageSize } satisfies Page<ChartWithOwner>
  }

  return {
    /** By id or slug; null when missing or private to someone else (never reveal it exists). */
    async getForViewer(idOrSlug: string, viewerId: string | null):
    Promise<ChartWithOwner | null> {
      const rows = await db.select(withOwner).from(t.charts)
        .innerJoin(t.users, eq(t.users.id, t.charts.ownerId))
        .where(and(
          or(eq(t.charts.id, idOrSlug), eq(t.charts.slug, idOrSlug)),
          visibleTo(t, viewerId),
        ))
        .limit(1)
      return first(rows)
    },

    /** The owner's charts of every visibility, most recently edited first. */
    async listMine(ownerId: string, query: Pick<PublicChartQuery, 'page' | 'pageSize'> = {}):
    Promise<Page<ChartWithOwner>> {
      const { page, pageSize, offset } = paging(query, 50)
      const mine = eq(t.charts.ownerId, ownerId)
      const [items, [total]] = await Promise.all([
        db.select(withOwner).from(t.charts)
          .innerJoin(t.users, eq(t.users.id, t.charts.ownerId)).where(mine)
          .orderBy(desc(t.charts.updatedAt), desc(t.charts.id))
          .limit(pageSize).offset(offset),
        db.select({ n: count() }).from(t.charts).where(mine),
      ])
      return { items, total: total?.n ?? 0, page, pageSize }
    },

    /** The gallery: public charts only, newest or most viewed first. */
    async listPublic(query: PublicChartQuery = {}): Promise<Page<ChartWithOwner>> {
      const q = query.q?.trim()
      return pageOf(and(
        eq(t.charts.visibility, 'public'),
        q ? or(
          containsText(t.charts.title, q),
          containsText(t.charts.description, q),
          containsText(t.charts.prompt, q),
        ) : undefined,
        query.mark ? eq(t.charts.mark, query.mark) : undefined,
        query.tag ? ctx.jsonArrayContains(t.charts.tags, query.tag) : undefined,
      ), query)
    },

    /** A profile page: that user's public charts. */
    async listByUser(name: string, query: Omit<PublicChartQuery, 'q' | 'mark' | 'tag'> = {}):
    Promise<Page<ChartWithOwner>> {
      return pageOf(and(eq(t.users.name, name), eq(t.charts.visibility, 'public')), query)
    },

    /** Oldest first; null when the chart is not visible to the viewer. */
    async listVersions(chartId: string, viewerId: string | null):
    Promise<ChartVersion[] | null> {
      const [chart] = await db.select({ id: t.charts.id }).from(t.charts)
        .where(and(eq(t.charts.id, chartId), visibleTo(t, viewerId))).limit(1)
      if (!chart) return null
      return db.select().from(t.chartVersions)
        .where(eq(t.chartVersions.chartId, chartId))
        .orderBy(t.chartVersions.version)
    },

    async getVersion(chartId: string, version: number, viewerId: string | null):
    Promise<ChartVersion | null> {
      const rows = await db.select({ version: t.chartVersions }).from(t.chartVersions)
        .innerJoin(t.charts, eq(t.charts.id, t.chartVersions.chartId))
        .where(and(
          eq(t.chartVersions.chartId, chartId),
          eq(t.chartVersions.version, version),
          visibleTo(t, viewerId),
        ))
        .limit(1)
      return first(rows)?.version ?? null
    },

    /** Before deleting a dataset: how many of the owner's charts were made from it. */
    async countUsingDataset(datasetId: string, ownerId: string): Promise<number> {
      return countOwnerChartsUsing(db, t, datasetId, ownerId)
    },

    async listPublicForSitemap(limit = 50_000): Promise<{ slug: string; updatedAt: number }[]> {
      return db.select({ slug: t.charts.slug, updatedAt: t.charts.updatedAt }).from(t.charts)
        .where(eq(t.charts.visibility, 'public'))
        .orderBy(desc(t.charts.updatedAt))
        .limit(limit)
    },

    /** New charts per day and charts per mark, across all owners, since `since` (epoch ms). */
    async stats(since = Date.now() - 30 * DAY_MS): Promise<ChartStats> {
      const c = t.charts
      const recent = gte(c.createdAt, since)
      // Inlined, not bound, so PostgreSQL sees the grouped and the selected expression as one.
      const dayMs = sql.raw(String(DAY_MS))
      const day = sql<number>`(${c.createdAt} / ${dayMs}) * ${dayMs}`.mapWith(Number)
      const [perDay, byMark] = await Promise.all([
        db.select({ day, count: count() }).from(c).where(recent).groupBy(day).orderBy(day),
        db.select({ mark: c.mark, count: count() }).from(c).where(recent)
          .groupBy(c.mark).orderBy(desc(count()), c.mark),
      ])
      return { perDay, byMark }
    },
  }
}
