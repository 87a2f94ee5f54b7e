/**
 * Optional language-model answers next to the rule engine. Off unless a provider is configured.
 *
 * 1. The rule engine always runs first: its reading is the model's starting point and the
 *    fallback answer.
 * 2. The mode decides whether the model is asked: never (rules), when the engine is unsure
 *    or failed (hybrid), always (llm); a person's explicit request asks it in any mode.
 * 3. The model sees the table's profile (names, types, a few values), never its rows.
 * 4. Its answer is checked (JSON, schema, fields, compile, render safety); one repair round
 *    sends the problems back, then the engine's answer stands and the person is told.
 */
import { generate } from '../../shared/engine'
import type { GenerateInput, GenerateResult } from '../../shared/engine'
import { normalizeRows, profileTable } from '../../shared/engine/profile'
import type {
  Candidate, EngineState, Lang, Profile, Table, Understood, VegaLiteSpec,
} from '../../shared/engine/types'
import { checkModelSpec } from './check'
import { askModel, LlmError } from './client'
import type { ChatMessage } from './client'
import { readLlmConfig } from './config'
import type { LlmConfig, LlmMode, LlmProvider } from './config'
import { fallbackMessage } from './messages'
import type { FallbackCode } from './messages'
import { repairMessage, requestMessage, SYSTEM_PROMPT } from './prompts'
import { warmSchema } from './schema'

export { readLlmConfig } from './config'
export { warmSchema } from './schema'
export type { LlmConfig, LlmMode } from './config'
export type { FallbackCode } from './messages'

export type GenerationStage = 'understanding' | 'model' | 'checking'

export interface ModelGenerateInput {
  table?: Table
  profile?: Profile
  prompts: string[]
  previous?: EngineState
  lang: Lang
  /** Overrides the configured mode for this request. */
  mode?: LlmMode
  /** The person asked for the model's answer. */
  forceModel?: boolean
  signal?: AbortSignal
  onStage?: (stage: GenerationStage) => void
  /** The rule engine to start from; `generate` unless the caller reads data from the prompt. */
  rules?: (input: GenerateInput) => GenerateResult
}

export type ModelGenerateResult = GenerateResult & {
  engine: 'rules' | 'model'
  fallback: boolean
  fallbackReason?: FallbackCode
  /** The model's first answer failed the checks and a repaired one was used. */
  repaired?: boolean
}

// Model answers are checked, not scored; this ranks them just above a sure engine answer.
const MODEL_CONFIDENCE = 0.96

export async function generateWithModel(
  input: ModelGenerateInput, config: LlmConfig = readLlmConfig(),
): Promise<ModelGenerateResult> {
  input.onStage?.('understanding')
  const { table, profile, prompts, previous, lang } = input
  const engine = (input.rules ?? generate)({ table, profile, prompts, previous, lang })
  const mode = input.mode ?? config.mode
  const unsure = !engine.ok || (engine.specs[0]?.confidence ?? 0) < config.minConfidence
  const asked = input.forceModel || mode === 'llm' || (mode === 'hybrid' && unsure)
  if (!config.provider || !asked) return { ...engine, engine: 'rules', fallback: false }

  const modelProfile = profile ?? tableProfile(table ?? (engine.ok ? engine.table : undefined))
  if (!modelProfile) return fallBack(engine, 'no_data', lang)
  try {
    const answer = await askForSpec(config.provider, input, modelProfile, engine)
    if (!answer) return fallBack(engine, 'invalid_answer', lang)
    const spec = withInlineRows(answer.spec, input, engine, modelProfile)
    const result = modelResult(spec, input, engine)
    return answer.repaired ? { ...result, repaired: true } : result
  }
  catch (error) {
    if (!(error instanceof LlmError) || error.code === 'cancelled') throw error
    console.warn(error.message)
    return fallBack(engine, error.code, lang)
  }
}

async function askForSpec(
  provider: LlmProvider, input: ModelGenerateInput, profile: Profile, engine: GenerateResult,
): Promise<{ spec: VegaLiteSpec; repaired: boolean } | undefined> {
  const messages: ChatMessage[] = [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: requestMessage({ ...input, profile, engine }) },
  ]
  // Compiling the schema blocks for seconds: done before the first call, not between the
  // answer and the repair round, where it would stall the kept-alive connection (and timers).
  await warmSchema()
  for (const repaired of [false, true]) {
    input.onStage?.('model')
    const answer = await askModel(provider, messages, input.signal)
    input.onStage?.('checking')
    const check = await checkModelSpec(answer, profile)
    if (check.ok) return { spec: check.spec, repaired }
    messages.push(
      { role: 'assistant', content: answer },
      { role: 'user', content: repairMessage(check.errors) },
    )
  }
  return undefined
}

// Data typed into the prompt travels inside the spec, as the engine's own inline answers do.
function withInlineRows(
  spec: VegaLiteSpec, input: ModelGenerateInput, engine: GenerateResult, profile: Profile,
): VegaLiteSpec {
  if (input.table || input.profile || !engine.ok || !engine.table) return spec
  return { ...spec, data: { values: normalizeRows(engine.table, profile) } }
}

function tableProfile(table: Table | undefined): Profile | undefined {
  return table ? profileTable(table) : undefined
}

function fallBack(engine: GenerateResult, code: FallbackCode, lang: Lang): ModelGenerateResult {
  if (!engine.ok) return { ...engine, engine: 'rules', fallback: true, fallbackReason: code }
  const notice = { code: 'modelFallback', message: fallbackMessage(code, lang) }
  return {
    ...engine, warnings: [...engine.warnings, notice],
    engine: 'rules', fallback: true, fallbackReason: code,
  }
}

function markOf(spec: VegaLiteSpec): string {
  const first = Array.isArray(spec.layer) ? spec.layer[0] as VegaLiteSpec | undefined : undefined
  const mark = spec.mark ?? first?.mark
  const type = typeof mark === 'object' && mark !== null ? (mark as { type?: unknown }).type : mark
  return typeof type === 'string' ? type : 'layer'
}

/** The model's chart first, the engine's candidates after it as alternatives. */
function modelResult(
  spec: VegaLiteSpec, input: ModelGenerateInput, engine: GenerateResult,
): ModelGenerateResult {
  const top: Candidate = { spec, confidence: MODEL_CONFIDENCE, mark: markOf(spec) }
  if (engine.ok) {
    return { ...engine, specs: [top, ...engine.specs], engine: 'model', fallback: false }
  }
  const intent = input.previous?.intent ?? { filters: [] }
  const understood: Understood = { prompt: input.prompts.at(-1) ?? '', mentions: [], intent }
  const state: EngineState = {
    intent, lang: input.lang, prompts: [...(input.previous?.prompts ?? []), ...input.prompts],
  }
  return {
    ok: true, specs: [top], understood, warnings: [], state, engine: 'model', fallback: false,
  }
}
