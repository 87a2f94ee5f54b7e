import type { Note } from '../choose'
import { chartName, message, unitName } from '../messages'
import type { ChartIntent, EngineWarning, Lang, Mention, Understood } from '../types'
import type { Reading } from '../understand'

/** Phase 5: what each piece of the prompt was read as, and what the engine guessed or dropped. */
export function explain(
  prompt: string, reading: Reading, intent: ChartIntent, notes: Note[], lang: Lang,
): { understood: Understood; warnings: EngineWarning[] } {
  const warnings: EngineWarning[] = []
  for (const m of reading.mentions) {
    if (m.kind !== 'field') continue
    if (m.alternatives) warnings.push(ambiguous(m, lang))
    else if (m.guessed) warnings.push(guessed(m, lang))
  }
  for (const note of notes) {
    const span = note.mention === undefined ? undefined : reading.mentions[note.mention]?.span
    const text = span ? prompt.slice(span.start, span.end) : ''
    const params = { ...localize(note.params, lang), text }
    const warning = message(`warn.${note.code}`, lang, params)
    warnings.push({ code: note.code, message: warning, span, params })
  }
  if (reading.ignored.length > 0) {
    const words = reading.ignored.map((m) => m.text).join(lang === 'zh-CN' ? '、' : ', ')
    warnings.push({
      code: 'ignoredWords', message: message('warn.ignoredWords', lang, { words }),
      params: { words }, span: reading.ignored[0]!.span,
    })
  }
  const mentions = [...reading.mentions].sort((a, b) => a.span.start - b.span.start)
  return { understood: { prompt, mentions, intent }, warnings }
}

// Chart kinds and time units are shown in the person's language.
function localize(params: Note['params'], lang: Lang): Note['params'] {
  const out = { ...params }
  for (const key of ['requested', 'chart'] as const) {
    if (typeof out[key] === 'string') out[key] = chartName(out[key], lang)
  }
  if (typeof out.unit === 'string') out.unit = unitName(out.unit, lang)
  return out
}

function ambiguous(m: Mention, lang: Lang): EngineWarning {
  const params = { text: m.text, field: m.value, alternatives: m.alternatives!.join(', ') }
  return {
    code: 'ambiguousField', message: message('warn.ambiguousField', lang, params),
    span: m.span, params,
  }
}

function guessed(m: Mention, lang: Lang): EngineWarning {
  const params = { text: m.text, field: m.value }
  return {
    code: 'guessedField', message: message('warn.guessedField', lang, params), span: m.span, params,
  }
}
