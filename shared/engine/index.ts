/**
 * Wanwu's prompt engine: what a person asks for, in English or Chinese, becomes ranked
 * Vega-Lite specs over their table. Rule-based and synchronous; runs on the server, in the
 * browser and in the CLI alike.
 *
 * 1. Read data: bytes or pasted text become a Table (read/); data typed into the prompt
 *    becomes a small table before generate() is called (inline/generate-any).
 * 2. Profile: each column's type, cardinality and values (profile/); callers cache it per table.
 * 3. Understand: the prompt is normalized (NFKC), tokenized (Chinese by lexicon and
 *    Intl.Segmenter), and read as fields, data values, cue words and filters (understand/).
 * 4. Choose chart: fields get channels, an unnamed chart kind is inferred, and the intent
 *    compiles to up to three Vega-Lite specs ranked by confidence (choose/).
 * 5. Explain: every recognized phrase is reported with its span, guesses and ignored words
 *    become warnings (explain/); the UI turns these into editable chips.
 * 6. Conversation: later prompts refine the previous intent instead of starting over
 *    (conversation/). A chip edit is an intent edit followed by specFromState().
 */
import { resolve, specFromIntent } from './choose'
import { isNewRequest, refine } from './conversation'
import { explain } from './explain'
import { message } from './messages'
import { profileTable } from './profile'
import type {
  Candidate, ChartIntent, EngineError, EngineState, EngineWarning, Lang, Profile, Table,
  Understood,
} from './types'
import { understand } from './understand'

export type { EngineState, Understood } from './types'

export interface GenerateInput {
  table?: Table
  profile?: Profile
  prompts: string[]
  previous?: EngineState
  lang?: Lang
}

export type GenerateResult =
  | {
    ok: true
    specs: Candidate[]
    understood: Understood
    warnings: EngineWarning[]
    state: EngineState
    /** Set by callers that drew the table from the prompt itself (inline/generate-any). */
    table?: Table
  }
  | { ok: false; error: EngineError }

const MAX_SUGGESTIONS = 4
const BASE_CONFIDENCE = 0.95

export function generate(input: GenerateInput): GenerateResult {
  const prompts = input.prompts.map((p) => p.trim()).filter(Boolean)
  const lang = input.lang ?? detectLang(prompts[0] ?? '')
  if (prompts.length === 0) return fail('emptyPrompt', lang, { example: example(lang) })
  try {
    return run(input, prompts, lang)
  } catch (error) {
    // A wish is never worth an exception: report it and let the person rephrase.
    console.error('[engine]', error)
    return fail('internal', lang)
  }
}

function run(input: GenerateInput, prompts: string[], lang: Lang): GenerateResult {
  if (!input.profile && (!input.table || input.table.columns.length === 0)) {
    return fail('noData', lang)
  }
  const profile = input.profile ?? profileTable(input.table!)
  let intent: ChartIntent | undefined = input.previous?.intent
  let last: ReturnType<typeof step> | undefined
  for (const prompt of prompts) {
    last = step(prompt, profile, intent, lang)
    if (!last.ok) return last.result
    intent = last.intent
  }
  const done = last as Extract<ReturnType<typeof step>, { ok: true }>
  const confidence = Math.max(0.2, BASE_CONFIDENCE - 0.1 * done.warnings.length)
  const state: EngineState = {
    intent: done.intent, lang, prompts: [...(input.previous?.prompts ?? []), ...prompts],
  }
  return {
    ok: true,
    specs: specFromIntent(done.intent, profile, lang, round(confidence * done.certainty)),
    understood: done.understood,
    warnings: done.warnings,
    state,
  }
}

/** Rebuild the candidates of a state after the person edited one of its chips. */
export function specFromState(state: EngineState, profile: Profile): Candidate[] {
  return specFromIntent(state.intent, profile, state.lang)
}

function step(prompt: string, profile: Profile, previous: ChartIntent | undefined, lang: Lang) {
  const reading = understand(prompt, profile)
  const fresh = !previous || isNewRequest(reading)
  const settled = fresh ? resolve(reading, profile) : refine(previous, reading, profile)
  if (!settled) {
    const result = fail('noField', lang, { fields: suggestions(profile).join(', ') })
    if (!result.ok) result.error.suggestions = suggestions(profile)
    return { ok: false as const, result }
  }
  const { understood, warnings } = explain(prompt, reading, settled.intent, settled.notes, lang)
  const inferred = 'inferredChart' in settled && settled.inferredChart
  return {
    ok: true as const, intent: settled.intent, understood, warnings,
    certainty: inferred ? 0.8 : 1,
  }
}

function suggestions(profile: Profile): string[] {
  const useful = profile.fields.filter((f) => !f.idLike)
  return (useful.length > 0 ? useful : profile.fields).slice(0, MAX_SUGGESTIONS).map((f) => f.name)
}

function fail(
  code: 'emptyPrompt' | 'noData' | 'noField' | 'internal', lang: Lang,
  params: Record<string, string> = {},
): GenerateResult {
  return { ok: false, error: { code, message: message(`error.${code}`, lang, params) } }
}

function detectLang(prompt: string): Lang {
  return /\p{Script=Han}/u.test(prompt) ? 'zh-CN' : 'en'
}

function example(lang: Lang): string {
  return lang === 'zh-CN' ? '按地区显示销售额的柱状图' : 'average price by region as a bar chart'
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
