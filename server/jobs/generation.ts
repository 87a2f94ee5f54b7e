import { normalizeRows, profileTable } from '../../shared/engine/profile'
import type {
  EngineState, Lang, Profile, Row, Table, VegaLiteSpec,
} from '../../shared/engine/types'
import { generateWithModel } from '../llm'
import type { LlmConfig, ModelGenerateInput, ModelGenerateResult } from '../llm'
import { JobError } from './errors'
import type { JobContext, JobProcessor } from './types'

export interface GenerationInput {
  datasetId?: string | null
  prompts: string[]
  lang: Lang
  previous?: EngineState
  /** The person asked for the language model's answer. */
  useModel?: boolean
}

export interface GenerationPreview {
  svg: string
  width: number
  height: number
}

export type GenerationOutcome = ModelGenerateResult & {
  ms: number
  preview?: GenerationPreview
  /** Why the preview is missing; the browser can still draw the spec itself. */
  previewError?: string
}

export interface LoadedDataset {
  table: Table
  profile: Profile
  /** Typed rows, as charts draw them. */
  rows: Row[]
}

export interface GenerationDeps {
  /** A dataset the owner may read, or undefined when it is gone or not theirs. */
  loadDataset(owner: string, datasetId: string): Promise<LoadedDataset | undefined>
  llm: LlmConfig
  /** The rule engine for requests without a dataset (data typed into the prompt). */
  inlineRules?: ModelGenerateInput['rules']
  render?(spec: VegaLiteSpec, rows: Row[], lang: Lang): Promise<GenerationPreview>
  /** Told about every finished generation, for the activity log and metrics. */
  finished?(owner: string, input: GenerationInput, outcome: GenerationOutcome): Promise<void>
}

/** What a generation job does: read the data, ask the engine (and model), draw a preview. */
export function createGenerationProcessor(
  deps: GenerationDeps,
): JobProcessor<GenerationInput, GenerationOutcome> {
  return async (input, ctx) => {
    const started = performance.now()
    await ctx.progress('reading')
    const dataset = input.datasetId ? await deps.loadDataset(ctx.owner, input.datasetId) : undefined
    if (input.datasetId && !dataset) throw new JobError('dataset_missing')

    const result = await generateWithModel({
      table: dataset?.table, profile: dataset?.profile, prompts: input.prompts,
      previous: input.previous, lang: input.lang, forceModel: input.useModel,
      signal: ctx.signal, onStage: stage => void ctx.progress(stage),
      rules: dataset ? undefined : deps.inlineRules,
    }, deps.llm)
    const outcome: GenerationOutcome = { ...result, ms: 0 }
    if (result.ok && deps.render) {
      Object.assign(outcome, await preview(deps, result, dataset, input, ctx))
    }

    outcome.ms = Math.round(performance.now() - started)
    await deps.finished?.(ctx.owner, input, outcome)
    return outcome
  }
}

async function preview(
  deps: GenerationDeps, result: Extract<ModelGenerateResult, { ok: true }>,
  dataset: LoadedDataset | undefined, input: GenerationInput, ctx: JobContext,
): Promise<Pick<GenerationOutcome, 'preview' | 'previewError'>> {
  const spec = result.specs[0]?.spec
  if (!spec) return {}
  await ctx.progress('rendering')
  const table = dataset ? undefined : result.table
  const rows = dataset?.rows ?? (table ? normalizeRows(table, profileTable(table)) : [])
  try {
    return { preview: await deps.render!(spec, rows, input.lang) }
  }
  catch (error) {
    console.warn(`[jobs] job ${ctx.id} preview failed:`, error)
    return { previewError: 'render_failed' }
  }
}
