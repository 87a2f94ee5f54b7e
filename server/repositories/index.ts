import type { Driver } from '../db/internal/driver'
import { createApiTokenRepository } from './api-tokens'
import { createChartQueryRepository } from './chart-queries'
import { createChartWriteRepository } from './charts'
import { createDatasetRepository } from './datasets'
import { createGenerationEventRepository } from './generation-events'
import { createContext, type RepositoryOptions } from './internal/context'
import { createSessionRepository } from './sessions'
import { createTemplateRepository } from './templates'
import { createUserRepository } from './users'

export function createRepositories(driver: Driver, opts?: RepositoryOptions) {
  const ctx = createContext(driver, opts)
  return {
    users: createUserRepository(ctx),
    sessions: createSessionRepository(ctx),
    datasets: createDatasetRepository(ctx),
    charts: { ...createChartWriteRepository(ctx), ...createChartQueryRepository(ctx) },
    templates: createTemplateRepository(ctx),
    apiTokens: createApiTokenRepository(ctx),
    generationEvents: createGenerationEventRepository(ctx),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
export type { RepositoryOptions } from './internal/context'
export type { ChartStats, ChartWithOwner, Page, PublicChartQuery } from './chart-queries'
export type { ChartMetaPatch, ChartVersionInput, NewChartInput } from './charts'
export type { NewDatasetInput } from './datasets'
export type { GenerationEventInput, GenerationStats } from './generation-events'
export type { ApiTokenSummary } from './api-tokens'
export type { NewSessionInput } from './sessions'
export type { NewUserInput, UserPatch } from './users'
