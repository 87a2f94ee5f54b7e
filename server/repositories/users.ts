import { eq } from 'drizzle-orm'
import type { User } from '../db/types'
import { first, type Context } from './internal/context'

export interface NewUserInput {
  email: string
  name: string
  displayName?: string | null
  passwordHash?: string | null
  locale?: string
  isAdmin?: boolean
}

export type UserPatch = Partial<Omit<NewUserInput, 'isAdmin'>>

// Emails compare case-insensitively, so they are stored lower-cased.
const normalizeEmail = (email: string) => email.trim().toLowerCase()

export function createUserRepository({ db, tables: t, newId, transaction }: Context) {
  return {
    /** null when the email or name is already taken. */
    async create(input: NewUserInput): Promise<User | null> {
      const rows = await db.insert(t.users)
        .values({ ...input, id: newId(), email: normalizeEmail(input.email) })
        .onConflictDoNothing()
        .returning()
      return first(rows)
    },

    async findById(id: string): Promise<User | null> {
      return first(await db.select().from(t.users).where(eq(t.users.id, id)).limit(1))
    },

    async findByEmail(email: string): Promise<User | null> {
      const rows = await db.select().from(t.users)
        .where(eq(t.users.email, normalizeEmail(email))).limit(1)
      return first(rows)
    },

    async findByName(name: string): Promise<User | null> {
      return first(await db.select().from(t.users).where(eq(t.users.name, name)).limit(1))
    },

    async update(id: string, patch: UserPatch): Promise<User | null> {
      const values = patch.email ? { ...patch, email: normalizeEmail(patch.email) } : patch
      const rows = await db.update(t.users)
        .set({ ...values, updatedAt: Date.now() })
        .where(eq(t.users.id, id))
        .returning()
      return first(rows)
    },

    /**
     * Deletes the user; foreign keys cascade to their sessions, tokens, charts and datasets.
     * Returns the storage keys of their dataset files, which the caller removes from storage.
     */
    async delete(id: string): Promise<{ fileKeys: string[] } | null> {
      return transaction(async (tx) => {
        const files = await tx.select({ key: t.datasets.fileKey }).from(t.datasets)
          .where(eq(t.datasets.ownerId, id))
        const deleted = await tx.delete(t.users).where(eq(t.users.id, id))
          .returning({ id: t.users.id })
        return deleted.length ? { fileKeys: files.map((f) => f.key) } : null
      })
    },
  }
}

export type UserRepository = ReturnType<typeof createUserRepository>
