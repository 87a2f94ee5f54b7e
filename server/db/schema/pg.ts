// PostgreSQL schema. Mirrors ./sqlite.ts column for column: timestamps are epoch milliseconds
// and ids are nanoid text in both dialects, so repository code never branches on the dialect.
import { sql } from 'drizzle-orm'
import {
  bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core'
import type { ChartSpec, DatasetProfile } from '../types'

const epochMs = sql`(extract(epoch from now()) * 1000)::bigint`
const now = (name: string) => bigint(name, { mode: 'number' }).notNull().default(epochMs)
  .$defaultFn(() => Date.now())

export const users = pgTable('users', {
  id: text().primaryKey(),
  email: text().notNull(),
  name: text().notNull(),
  displayName: text('display_name'),
  passwordHash: text('password_hash'),
  locale: text().notNull().default('en'),
  isAdmin: boolean('is_admin').notNull().default(false),
  createdAt: now('created_at'),
  updatedAt: now('updated_at'),
}, (t) => [
  uniqueIndex('users_email_idx').on(t.email),
  uniqueIndex('users_name_idx').on(t.name),
])

export const sessions = pgTable('sessions', {
  id: text().primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  createdAt: now('created_at'),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  userAgent: text('user_agent'),
}, (t) => [
  index('sessions_user_idx').on(t.userId),
  index('sessions_expires_idx').on(t.expiresAt),
])

export const datasets = pgTable('datasets', {
  id: text().primaryKey(),
  ownerId: text('owner_id').references(() => users.id, { onDelete: 'cascade' }),
  slug: text().notNull(),
  name: text().notNull(),
  title: text().notNull(),
  titleZh: text('title_zh'),
  source: text({ enum: ['sample', 'upload', 'paste'] }).notNull(),
  fileKey: text('file_key').notNull(),
  format: text().notNull(),
  rowCount: integer('row_count').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  profile: jsonb().$type<DatasetProfile>().notNull(),
  deletedAt: bigint('deleted_at', { mode: 'number' }),
  createdAt: now('created_at'),
}, (t) => [
  uniqueIndex('datasets_slug_idx').on(t.slug),
  index('datasets_owner_idx').on(t.ownerId, t.createdAt),
])

export const charts = pgTable('charts', {
  id: text().primaryKey(),
  slug: text().notNull(),
  ownerId: text('owner_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  title: text().notNull(),
  description: text(),
  prompt: text().notNull(),
  spec: jsonb().$type<ChartSpec>().notNull(),
  mark: text().notNull(),
  datasetId: text('dataset_id').references(() => datasets.id, { onDelete: 'set null' }),
  /** Storage key of the rows the current spec renders from; survives dataset deletion. */
  dataKey: text('data_key'),
  visibility: text({ enum: ['private', 'unlisted', 'public'] }).notNull().default('private'),
  forkOf: text('fork_of').references((): AnyPgColumn => charts.id, { onDelete: 'set null' }),
  currentVersion: integer('current_version').notNull().default(1),
  views: integer().notNull().default(0),
  tags: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: now('created_at'),
  updatedAt: now('updated_at'),
}, (t) => [
  uniqueIndex('charts_slug_idx').on(t.slug),
  index('charts_gallery_new_idx').on(t.visibility, t.createdAt),
  index('charts_gallery_views_idx').on(t.visibility, t.views),
  index('charts_owner_idx').on(t.ownerId, t.updatedAt),
  index('charts_dataset_idx').on(t.datasetId),
])

export const chartVersions = pgTable('chart_versions', {
  id: text().primaryKey(),
  chartId: text('chart_id').notNull().references(() => charts.id, { onDelete: 'cascade' }),
  version: integer().notNull(),
  spec: jsonb().$type<ChartSpec>().notNull(),
  dataKey: text('data_key'),
  prompt: text().notNull(),
  message: text(),
  createdAt: now('created_at'),
}, (t) => [
  uniqueIndex('chart_versions_chart_version_idx').on(t.chartId, t.version),
])

export const templates = pgTable('templates', {
  id: text().primaryKey(),
  datasetSlug: text('dataset_slug').notNull(),
  titleEn: text('title_en').notNull(),
  titleZh: text('title_zh').notNull(),
  promptEn: text('prompt_en').notNull(),
  promptZh: text('prompt_zh').notNull(),
  sort: integer().notNull().default(0),
}, (t) => [index('templates_sort_idx').on(t.sort)])

export const apiTokens = pgTable('api_tokens', {
  id: text().primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  tokenHash: text('token_hash').notNull(),
  lastUsedAt: bigint('last_used_at', { mode: 'number' }),
  createdAt: now('created_at'),
  revokedAt: bigint('revoked_at', { mode: 'number' }),
}, (t) => [
  uniqueIndex('api_tokens_hash_idx').on(t.tokenHash),
  index('api_tokens_user_idx').on(t.userId),
])

export const generationEvents = pgTable('generation_events', {
  id: text().primaryKey(),
  userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
  engine: text().notNull(),
  ok: boolean().notNull(),
  mark: text(),
  ms: integer().notNull(),
  promptChars: integer('prompt_chars').notNull(),
  createdAt: now('created_at'),
}, (t) => [index('generation_events_created_idx').on(t.createdAt)])
