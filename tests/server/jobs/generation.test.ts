import { describe, expect, it } from 'vitest'
import { createGenerationProcessor } from '../../../server/jobs/generation'
import type { GenerationDeps } from '../../../server/jobs/generation'
import type { JobContext, JobStage } from '../../../server/jobs'
import { renderChart } from '../../../server/render'
import { normalizeRows } from '../../../shared/engine/profile'
import { salesProfile, salesTable } from '../llm/fixtures'

const rulesOnly = { mode: 'rules' as const, minConfidence: 0.6 }

function context(stages: JobStage[]): JobContext {
  return {
    id: 'job-1', owner: 'ann', signal: new AbortController().signal,
    progress: async (stage) => {
      stages.push(stage)
    },
  }
}

const deps: GenerationDeps = {
  llm: rulesOnly,
  async loadDataset(owner, id) {
    if (owner !== 'ann' || id !== 'sales') return undefined
    return { table: salesTable, profile: salesProfile, rows: normalizeRows(salesTable, salesProfile) }
  },
  async render(spec, rows, lang) {
    const image = await renderChart({ spec, datasets: { table: rows }, format: 'svg', lang })
    return { svg: image.body as string, width: image.width, height: image.height }
  },
}

describe('jobs/generation', () => {
  it('reads, understands and draws a preview, reporting each stage', async () => {
    const stages: JobStage[] = []
    const finished: string[] = []
    const process = createGenerationProcessor({
      ...deps,
      finished: async (owner, _input, outcome) => void finished.push(`${owner}:${outcome.engine}`),
    })
    const outcome = await process(
      { datasetId: 'sales', prompts: ['total amount by region as a bar chart'], lang: 'en' },
      context(stages),
    )
    expect(outcome).toMatchObject({ ok: true, engine: 'rules', fallback: false })
    expect(outcome.preview?.svg).toMatch(/^<svg/)
    expect(stages).toEqual(['reading', 'understanding', 'rendering'])
    expect(finished).toEqual(['ann:rules'])
  }, 30_000)

  it('returns the engine\'s refusal as a result, not a job failure', async () => {
    const stages: JobStage[] = []
    const process = createGenerationProcessor(deps)
    const outcome = await process({ prompts: ['a nice chart'], lang: 'en' }, context(stages))
    expect(outcome).toMatchObject({ ok: false, engine: 'rules', error: { code: 'noData' } })
    expect(outcome.preview).toBeUndefined()
    expect(stages).not.toContain('rendering')
  })

  it('fails with dataset_missing for a dataset the owner cannot read', async () => {
    const process = createGenerationProcessor(deps)
    const job = process({ datasetId: 'other', prompts: ['amount'], lang: 'en' }, context([]))
    await expect(job).rejects.toMatchObject({ code: 'dataset_missing' })
  })
})
