// Row types shared by server and app. They come from the SQLite schema; schema/check.ts proves
// the PostgreSQL schema infers the very same shapes, so either dialect returns these.
import type { Profile, VegaLiteSpec } from '../../shared/engine/types'
import type * as tables from './schema/sqlite'

export type DatasetProfile = Profile
export type ChartSpec = VegaLiteSpec

export type User = typeof tables.users.$inferSelect
export type NewUser = typeof tables.users.$inferInsert
/** A user as it may travel beyond the login check: without the password hash. */
export type SafeUser = Omit<User, 'passwordHash'>
export type Session = typeof tables.sessions.$inferSelect
export type Dataset = typeof tables.datasets.$inferSelect
export type DatasetSource = Dataset['source']
export type Chart = typeof tables.charts.$inferSelect
export type ChartVisibility = Chart['visibility']
export type ChartVersion = typeof tables.chartVersions.$inferSelect
export type Template = typeof tables.templates.$inferSelect
export type ApiToken = typeof tables.apiTokens.$inferSelect
export type GenerationEvent = typeof tables.generationEvents.$inferSelect
