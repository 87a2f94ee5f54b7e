// Everything the model reads. Kept apart from the code that calls it so wording changes are
// reviewed as wording.
import type { GenerateResult } from '../../shared/engine'
import type { Lang, Profile } from '../../shared/engine/types'

const SAMPLES_PER_FIELD = 5
const MAX_FIELDS = 80
const MAX_TEXT = 60

export const SYSTEM_PROMPT = `You write Vega-Lite v6 specifications for Wanwu, a charting app.
Answer with ONE JSON object: the Vega-Lite spec, and nothing else.
Rules:
- The data is already loaded: always use "data": {"name": "table"}. Never use "url", "values"
  or "datasets", and never use image marks.
- Only use the fields listed in the data description, spelled exactly as listed. Fields
  you create with transforms ("as") may be used after they are created.
- Use the field types given (quantitative, temporal, nominal, ordinal).
- Prefer simple, readable charts: one mark, a title, axis titles in the person's language.
- Do not add "width", "height", "config" or "$schema".`

interface ModelView {
  prompts: string[]
  lang: Lang
  profile: Profile
  engine: GenerateResult
}

const clip = (value: unknown): unknown =>
  typeof value === 'string' && value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value

/** The table as the model sees it: names, types and a few values, never the rows. */
export function describeProfile(profile: Profile): Record<string, unknown> {
  return {
    rowCount: profile.rowCount,
    fields: profile.fields.slice(0, MAX_FIELDS).map(field => ({
      name: field.name,
      type: field.type,
      distinct: field.cardinality,
      ...(field.min !== undefined ? { min: clip(field.min), max: clip(field.max) } : {}),
      samples: field.samples.slice(0, SAMPLES_PER_FIELD).map(clip),
    })),
  }
}

/** What the rule engine made of the request: a starting point the model may improve on. */
function describeEngine(engine: GenerateResult): Record<string, unknown> {
  if (!engine.ok) return { understood: null, problem: engine.error.message }
  return {
    intent: engine.understood.intent,
    recognized: engine.understood.mentions.map(m => ({ text: m.text, as: m.kind, value: m.value })),
    bestSpec: engine.specs[0]?.spec,
  }
}

export function requestMessage(view: ModelView): string {
  const language = view.lang === 'zh-CN' ? 'Simplified Chinese' : 'English'
  return [
    `The person wrote (in order, later lines refine earlier ones):`,
    ...view.prompts.map(p => `- ${p}`),
    ``,
    `Write titles in ${language}.`,
    `Data description (JSON): ${JSON.stringify(describeProfile(view.profile))}`,
    `What a rule-based reader understood (JSON): ${JSON.stringify(describeEngine(view.engine))}`,
  ].join('\n')
}

export function repairMessage(errors: string[]): string {
  return [
    'Your answer cannot be used:',
    ...errors.map(e => `- ${e}`),
    'Reply with the corrected Vega-Lite spec as ONE JSON object, nothing else.',
  ].join('\n')
}
