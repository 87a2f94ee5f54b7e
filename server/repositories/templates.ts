import { sql } from 'drizzle-orm'
import type { Template } from '../db/types'
import type { Context } from './internal/context'

export function createTemplateRepository({ db, tables: t }: Context) {
  return {
    async list(): Promise<Template[]> {
      return db.select().from(t.templates).orderBy(t.templates.sort, t.templates.id)
    },

    /** Inserts or refreshes templates by id, so re-running the seed applies edited texts. */
    async seed(templates: Template[]): Promise<void> {
      if (!templates.length) return
      // `excluded` is the row that failed to insert, in both SQLite and PostgreSQL.
      const fromInsert = (column: string) => sql.raw(`excluded.${column}`)
      await db.insert(t.templates).values(templates).onConflictDoUpdate({
        target: t.templates.id,
        set: {
          datasetSlug: fromInsert('dataset_slug'),
          titleEn: fromInsert('title_en'),
          titleZh: fromInsert('title_zh'),
          promptEn: fromInsert('prompt_en'),
          promptZh: fromInsert('prompt_zh'),
          sort: fromInsert('sort'),
        },
      })
    },
  }
}

export type TemplateRepository = ReturnType<typeof createTemplateRepository>
