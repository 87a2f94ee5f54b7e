// Shapes the HTTP API returns, shared by the server routes and the pages.
import type { Candidate, EngineError, EngineWarning, Profile, Table } from '../engine/types'

export type Visibility = 'private' | 'unlisted' | 'public'

export interface DatasetSummary {
  id: string
  title: string
  source: 'sample' | 'upload' | 'paste'
  rowCount: number
  fieldCount: number
  createdAt: number
}

export interface DatasetDetail extends DatasetSummary {
  profile: Profile
  /** First rows, normalized, for the preview grid. */
  preview: Record<string, unknown>[]
}

export interface ChartCard {
  slug: string
  title: string
  mark: string | null
  authorName: string
  views: number
  updatedAt: number
}

export interface TemplateItem {
  id: string
  datasetId: string
  titleEn: string
  titleZh: string
  promptEn: string
  promptZh: string
}

export type GenerateResponse =
  | {
    ok: true; specs: Candidate[]; understood: unknown; warnings: EngineWarning[]; state: unknown
    ms: number
    /** Set by generation jobs: who answered, and whether the model failed and the rules stood in. */
    engine?: 'rules' | 'model'
    fallback?: boolean
    /** The rows typed into the prompt, when the chart's data came from it. */
    table?: Table
  }
  | { ok: false; error: EngineError }

/** GET /api/jobs/settings: whether a model may answer, and from what size a table makes a job. */
export interface GenerationSettings {
  model: boolean
  mode: 'rules' | 'hybrid' | 'llm'
  jobRows: number
}

export type JobStage = 'reading' | 'understanding' | 'model' | 'checking' | 'rendering'
export type JobState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled'

export interface JobProgress {
  state: JobState
  stage?: JobStage
}

/** A generation job as /api/jobs/:id and its event stream show it. */
export interface JobUpdate extends JobProgress {
  id: string
  result?: GenerateResponse
  error?: EngineError
}

export interface ChartDetail {
  id: string
  slug: string
  title: string
  description: string
  prompt: string
  spec: Record<string, unknown>
  datasetId: string | null
  visibility: Visibility
  tags: string[]
  version: number
  forkOf: string | null
  authorName: string
  createdAt: number
  updatedAt: number
  isOwner: boolean
}

/** Everything the public chart page needs, rendered on the server. */
export interface PublicChart {
  id: string
  slug: string
  title: string
  description: string
  visibility: Visibility
  mark: string | null
  authorName: string
  tags: string[]
  forkOf: string | null
  version: number
  createdAt: number
  updatedAt: number
  siteUrl: string
  svg: string
  width: number
  height: number
  summary: string
  table: { columns: string[]; rows: Record<string, unknown>[]; total: number }
  jsonLd: Record<string, unknown>
}

/** GET /api/admin/stats: the app's own figures, with charts drawn by its renderer. */
export interface AdminStatsResponse {
  totals: { requestsLastHour: number; generations: number; successRate: number | null; newCharts: number }
  charts: { name: string; svg: string }[]
}
