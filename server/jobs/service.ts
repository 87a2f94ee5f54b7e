// The app's generation queue, wired to its database, storage, renderer and metrics.
import { isError } from 'h3'
import { generateAny } from '../../shared/engine/inline/generate-any'
import type { Lang } from '../../shared/engine/types'
import { readLlmConfig } from '../llm'
import type { LlmConfig } from '../llm'
import { metrics } from '../metrics'
import { renderChart } from '../render'
import { recordFinishedGeneration } from '../utils/generations'
import { useAppSettings, useDb } from '../utils/services'
import { SettingsError } from '../utils/settings'
import { loadTable } from '../utils/tables'
import { createGenerationProcessor } from './generation'
import type { GenerationInput, GenerationOutcome } from './generation'
import { createJobQueue } from './index'
import type { JobQueue } from './types'

export type GenerationJobs = JobQueue<GenerationInput, GenerationOutcome>

let opening: Promise<GenerationJobs> | undefined
let llmConfig: LlmConfig | undefined

/** The model settings, read once: the editor asks whether a model may answer. */
export function useLlmConfig(): LlmConfig {
  llmConfig ??= readLlmConfig()
  return llmConfig
}

const DEFAULT_JOB_ROWS = 100_000

/** Datasets with more rows than this are generated as jobs even without a model. */
export function jobRowThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.GENERATE_JOB_ROWS || DEFAULT_JOB_ROWS)
  if (!Number.isFinite(value) || value <= 0) {
    throw new SettingsError('GENERATE_JOB_ROWS', 'must be a positive number')
  }
  return value
}

export function useGenerationJobs(): Promise<GenerationJobs> {
  opening ??= open()
  return opening
}

async function open(): Promise<GenerationJobs> {
  const process = createGenerationProcessor({
    llm: useLlmConfig(),
    inlineRules: input => generateAny({ prompts: input.prompts, lang: input.lang }),
    async loadDataset(owner, id) {
      const dataset = await useDb().repos.datasets.get(id, owner)
      if (!dataset) return undefined
      // A row whose file is gone (410) is a dataset the person can no longer use.
      const loaded = await loadTable(dataset.fileKey).catch((error: unknown) => {
        if (isError(error) && error.statusCode === 410) return undefined
        throw error
      })
      return loaded && { ...loaded, profile: dataset.profile ?? loaded.profile }
    },
    async render(spec, rows, lang: Lang) {
      const image = await renderChart({ spec, datasets: { table: rows }, format: 'svg', lang })
      return { svg: image.body as string, width: image.width, height: image.height }
    },
    async finished(owner, input, outcome) {
      await recordFinishedGeneration({
        userId: owner, engine: outcome.fallback ? 'fallback' : outcome.engine, ok: outcome.ok,
        mark: outcome.ok ? outcome.specs[0]?.mark ?? null : null,
        ms: outcome.ms, prompts: input.prompts,
      })
    },
  })
  const jobs = await createJobQueue({ process, redisUrl: useAppSettings().redisUrl })
  metrics.trackQueueDepth(() => jobs.depth())
  return jobs
}
