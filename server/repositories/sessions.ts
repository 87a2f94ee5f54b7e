import { and, eq, getTableColumns, gt, lte, ne } from 'drizzle-orm'
import type { SafeUser, Session } from '../db/types'
import { first, safeUserColumns, type Context } from './internal/context'

export interface NewSessionInput {
  /** Hash of the session token; the token itself is never stored. */
  id: string
  userId: string
  expiresAt: number
  userAgent?: string | null
}

export function createSessionRepository({ db, tables: t }: Context) {
  return {
    async create(input: NewSessionInput): Promise<Session> {
      const [row] = await db.insert(t.sessions).values(input).returning()
      return row!
    },

    /** The live session with its user, or null when unknown or expired. */
    async find(id: string, now = Date.now()): Promise<{ session: Session; user: SafeUser } | null> {
      const rows = await db
        .select({ session: getTableColumns(t.sessions), user: safeUserColumns(t) })
        .from(t.sessions)
        .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
        .where(and(eq(t.sessions.id, id), gt(t.sessions.expiresAt, now)))
        .limit(1)
      return first(rows)
    },

    /** Slides a live session's expiry forward; false when it is unknown or already expired. */
    async extend(id: string, expiresAt: number, now = Date.now()): Promise<boolean> {
      const rows = await db.update(t.sessions).set({ expiresAt })
        .where(and(eq(t.sessions.id, id), gt(t.sessions.expiresAt, now)))
        .returning({ id: t.sessions.id })
      return rows.length > 0
    },

    async delete(id: string): Promise<boolean> {
      const rows = await db.delete(t.sessions).where(eq(t.sessions.id, id))
        .returning({ id: t.sessions.id })
      return rows.length > 0
    },

    /** Signs the user out everywhere, optionally keeping the current session. */
    async deleteAllForUser(userId: string, exceptId?: string): Promise<number> {
      const rows = await db.delete(t.sessions)
        .where(and(
          eq(t.sessions.userId, userId),
          exceptId ? ne(t.sessions.id, exceptId) : undefined,
        ))
        .returning({ id: t.sessions.id })
      return rows.length
    },

    async purgeExpired(now = Date.now()): Promise<number> {
      const rows = await db.delete(t.sessions).where(lte(t.sessions.expiresAt, now))
        .returning({ id: t.sessions.id })
      return rows.length
    },
  }
}

export type SessionRepository = ReturnType<typeof createSessionRepository>
