// SQLite schema. Mirrors ./pg.ts column for column: timestamps are epoch milliseconds and ids
// are nanoid text in both dialects, so repository code never branches on the dialect.
import { sql } from 'drizzle-orm'
import {
  index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core'
import type { ChartSpec, DatasetProfile } from '../types'

const now = (name: string) => integer(name, { mode: 'number' }).notNull()
  .default(sql`(unixepoch() * 1000)`)
  .$defaultFn(() => Date.now())

export const users = sqliteTable('users', {
  id: text().primaryKey(),
  email: text().notNull(),
  name: text().notNull(),
  displayName: text('display_name'),
  passwordHash: text('password_hash'),
  locale: text().notNull().default('en'),
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  createdAt: now('created_at'),
  updatedAt: now('updated_at'),
}, (t) => [
  uniqueIndex('users_email_idx').on(t.email),
  uniqueIndex('users_name_idx').on(t.name),
])

export const sessions = sqliteTable('sessions', {
  id: text().primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: now('created_at'),
  expiresAt: integer('expires_at', { mode: 'number' }).notNull(),
  userAgent: text('user_agent'),
}, (t) => [
  index('sessions_user_idx').on(t.userId),
  index('sessions_expires_idx').on(t.expiresAt),
])

export const datasets = sqliteTable('datasets', {
  id: text().primaryKey(),
  ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
  slug: text().notNull(),
  name: text().notNull(),
  title: text().notNull(),
  titleZh: text('title_zh'),
  source: text({ enum: ['sample', 'upload', 'paste'] }).notNull(),
  fileKey: text('file_key').notNull(),
  format: text().notNull(),
  rowCount: integer('row_count', { mode: 'number' }).notNull(),
  sizeBytes: integer('size_bytes', { mode: 'number' }).notNull(),
  profile: text({ mode: 'json' }).$type<DatasetProfile>().notNull(),
  deletedAt: integer('deleted_at', { mode: 'number' }),
  createdAt: now('created_at'),
}, (t) => [
  uniqueIndex('datasets_slug_idx').on(t.slug),
  index('datasets_owner_idx').on(t.ownerId, t.createdAt),
])

export const charts = sqliteTable('charts', {
  id: text().primaryKey(),
  slug: text().notNull(),
  ownerId: text('owner_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  title: text().notNull(),
  description: text(),
  prompt: text().notNull(),
  spec: text({ mode: 'json' }).$type<ChartSpec>().notNull(),
  mark: text().notNull(),
  datasetId: text('dataset_id').references(() => datasets.id, { onDelete: 'set null' }),
  /** Storage key of the rows the current spec renders from; survives dataset deletion. */
  dataKey: text('data_key'),
  visibility: text({ enum: ['private', 'unlisted', 'public'] }).notNull().default('private'),
  forkOf: text('fork_of').references((): AnySQLiteColumn => charts.id, { onDelete: 'set null' }),
  currentVersion: integer('current_version', { mode: 'number' }).notNull().default(1),
  views: integer({ mode: 'number' }).notNull().default(0),
  tags: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  createdAt: now('created_at'),
  updatedAt: now('updated_at'),
}, (t) => [
  uniqueIndex('charts_slug_idx').on(t.slug),
  index('charts_gallery_new_idx').on(t.visibility, t.createdAt),
  index('charts_gallery_views_idx').on(t.visibility, t.views),
  index('charts_owner_idx').on(t.ownerId, t.updatedAt),
  index('charts_dataset_idx').on(t.datasetId),
])

export const chartVersions = sqliteTable('chart_versions', {
  id: text().primaryKey(),
  chartId: text('chart_id').notNull().references(() => charts.id, { onDelete: 'cascade' }),
  version: integer({ mode: 'number' }).notNull(),
  spec: text({ mode: 'json' }).$type<ChartSpec>().notNull(),
  dataKey: text('data_key'),
  prompt: text().notNull(),
  message: text(),
  createdAt: now('created_at'),
}, (t) => [
  uniqueIndex('chart_versions_chart_version_idx').on(t.chartId, t.version),
])

export const templates = sqliteTable('templates', {
  id: text().primaryKey(),
  datasetSlug: text('dataset_slug').notNull(),
  titleEn: text('title_en').notNull(),
  titleZh: text('title_zh').notNull(),
  promptEn: text('prompt_en').notNull(),
  promptZh: text('prompt_zh').notNull(),
  sort: integer({ mode: 'number' }).notNull().default(0),
}, (t) => [index('templates_sort_idx').on(t.sort)])

export const apiTokens = sqliteTable('api_tokens', {
  id: text().primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  tokenHash: text('token_hash').notNull(),
  lastUsedAt: integer('last_used_at', { mode: 'number' }),
  createdAt: now('created_at'),
  revokedAt: integer('revoked_at', { mode: 'number' }),
}, (t) => [
  uniqueIndex('api_tokens_hash_idx').on(t.tokenHash),
  index('api_tokens_user_idx').on(t.userId),
])

export const generationEvents = sqliteTable('generation_events', {
  id: text().primaryKey(),
  userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  engine: text().notNull(),
  ok: integer({ mode: 'boolean' }).notNull(),
  mark: text(),
  ms: integer({ mode: 'number' }).notNull(),
  promptChars: integer('prompt_chars', { mode: 'number' }).notNull(),
  createdAt: now('created_at'),
}, (t) => [index('generation_events_created_idx').on(t.createdAt)])
