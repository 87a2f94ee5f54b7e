// The app's generation queue, wired to its database, storage, renderer and metrics.
import { isError } from 'h3'
import type { Lang } from '../../shared/engine/types'
import { readLlmConfig } from '../llm'
import { metrics } from '../metrics'
import { renderChart } from '../render'
import { useAppSettings, useDb } from '../utils/services'
import { loadTable } from '../utils/tables'
import { createGenerationProcessor } from './generation'
import type { GenerationInput, GenerationOutcome } from './generation'
import { createJobQueue } from './index'
import type { JobQueue } from './types'

export type GenerationJobs = JobQueue<GenerationInput, GenerationOutcome>

let opening: Promise<GenerationJobs> | undefined

export function useGenerationJobs(): Promise<GenerationJobs> {
  opening ??= open()
  return opening
}

async function open(): Promise<GenerationJobs> {
  const process = createGenerationProcessor({
    llm: readLlmConfig(),
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
      const engine = outcome.fallback ? 'fallback' : outcome.engine
      metrics.recordGeneration(engine, outcome.ok)
      await useDb().repos.generationEvents.record({
        userId: owner, engine, ok: outcome.ok,
        mark: outcome.ok ? outcome.specs[0]?.mark ?? null : null,
        ms: outcome.ms,
        promptChars: input.prompts.reduce((n, p) => n + p.length, 0),
      })
    },
  })
  const jobs = await createJobQueue({ process, redisUrl: useAppSettings().redisUrl })
  metrics.trackQueueDepth(() => jobs.depth())
  return jobs
}
