import { count, desc, gte, sql } from 'drizzle-orm'
import type { Context } from './internal/context'

export interface GenerationEventInput {
  userId?: string | null
  engine: string
  ok: boolean
  mark?: string | null
  ms: number
  promptChars: number
}

export interface GenerationStats {
  byEngine: { engine: string; ok: boolean; count: number }[]
  byMark: { mark: string | null; count: number }[]
  /** `day` is the UTC midnight starting that day, in epoch ms. */
  perDay: { day: number; count: number; ok: number }[]
}

const DAY_MS = 86_400_000

export function createGenerationEventRepository({ db, tables: t, newId }: Context) {
  const e = t.generationEvents

  return {
    async record(input: GenerationEventInput): Promise<void> {
      await db.insert(e).values({ ...input, id: newId(), ms: Math.round(input.ms) })
    },

    /** Counts since `since` (epoch ms, default: the last 30 days). */
    async stats(since = Date.now() - 30 * DAY_MS): Promise<GenerationStats> {
      const recent = gte(e.createdAt, since)
      // Integer division floors in both dialects. The constant is inlined rather than bound so
      // PostgreSQL sees the grouped and the selected expression as the same one.
      const dayMs = sql.raw(String(DAY_MS))
      const day = sql<number>`(${e.createdAt} / ${dayMs}) * ${dayMs}`.mapWith(Number)
      const okCount = sql<number>`sum(case when ${e.ok} then 1 else 0 end)`.mapWith(Number)

      const [byEngine, byMark, perDay] = await Promise.all([
        db.select({ engine: e.engine, ok: e.ok, count: count() }).from(e).where(recent)
          .groupBy(e.engine, e.ok).orderBy(e.engine, e.ok),
        db.select({ mark: e.mark, count: count() }).from(e).where(recent)
          .groupBy(e.mark).orderBy(desc(count()), e.mark),
        db.select({ day, count: count(), ok: okCount }).from(e).where(recent)
          .groupBy(day).orderBy(day),
      ])
      return { byEngine, byMark, perDay }
    },
  }
}

export type GenerationEventRepository = ReturnType<typeof createGenerationEventRepository>
