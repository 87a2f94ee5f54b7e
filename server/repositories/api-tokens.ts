import { and, desc, eq, getTableColumns, isNull } from 'drizzle-orm'
import type { ApiToken, SafeUser } from '../db/types'
import { first, safeUserColumns, type Context } from './internal/context'

export type ApiTokenSummary = Omit<ApiToken, 'tokenHash'>

export function createApiTokenRepository({ db, tables: t, newId }: Context) {
  const { tokenHash: _hash, ...summary } = getTableColumns(t.apiTokens)

  return {
    /** Stores only the hash; the caller shows the plain token once and forgets it. */
    async create(input: { userId: string; name: string; tokenHash: string }):
    Promise<ApiTokenSummary> {
      const [row] = await db.insert(t.apiTokens).values({ ...input, id: newId() })
        .returning(summary)
      return row!
    },

    /** The unrevoked token with its user; marks it used so the owner sees it is alive. */
    async findByHash(tokenHash: string, now = Date.now()):
    Promise<{ token: ApiTokenSummary; user: SafeUser } | null> {
      const rows = await db.select({ token: summary, user: safeUserColumns(t) })
        .from(t.apiTokens)
        .innerJoin(t.users, eq(t.users.id, t.apiTokens.userId))
        .where(and(eq(t.apiTokens.tokenHash, tokenHash), isNull(t.apiTokens.revokedAt)))
        .limit(1)
      const found = first(rows)
      if (!found) return null

      await db.update(t.apiTokens).set({ lastUsedAt: now })
        .where(eq(t.apiTokens.id, found.token.id))
      return { token: { ...found.token, lastUsedAt: now }, user: found.user }
    },

    async listForUser(userId: string): Promise<ApiTokenSummary[]> {
      return db.select(summary).from(t.apiTokens)
        .where(eq(t.apiTokens.userId, userId))
        .orderBy(desc(t.apiTokens.createdAt), desc(t.apiTokens.id))
    },

    async revoke(id: string, userId: string): Promise<ApiTokenSummary | null> {
      const rows = await db.update(t.apiTokens).set({ revokedAt: Date.now() })
        .where(and(
          eq(t.apiTokens.id, id), eq(t.apiTokens.userId, userId), isNull(t.apiTokens.revokedAt),
        ))
        .returning(summary)
      return first(rows)
    },
  }
}

export type ApiTokenRepository = ReturnType<typeof createApiTokenRepository>
