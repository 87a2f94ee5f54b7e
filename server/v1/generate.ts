import { generate } from '../../shared/engine'
import { generateAny } from '../../shared/engine/inline/generate-any'
import type { Lang, Profile } from '../../shared/engine/types'
import { v1Error } from './errors'
import type { Chart } from './models'
import { useDb, useAppSettings } from '../utils/services'
import { loadTable } from '../utils/tables'

/** Stored rows a prompt is read against; null when the data must be in the prompt itself. */
export interface DataSource {
  dataKey: string
  /** The profile saved with the dataset, which may carry the owner's corrections. */
  profile?: Profile
}

export interface Generated {
  spec: Record<string, unknown>
  mark: string
  /** Storage key the spec's `table` data comes from; null when the spec inlines its values. */
  dataKey: string | null
  generation: NonNullable<Chart['generation']>
}

/** The engine's best chart for a prompt, recorded like every generation in the app. */
export async function generateChart(
  userId: string, source: DataSource | null, prompt: string, lang?: Lang,
): Promise<Generated> {
  const { limits } = useAppSettings()
  if (prompt.length > limits.promptChars) {
    throw v1Error('prompt_too_long', { details: { maxChars: limits.promptChars } })
  }
  const loaded = source ? await loadTable(source.dataKey) : null

  const started = performance.now()
  const result = loaded
    ? generate({
        table: loaded.table, profile: source!.profile ?? loaded.profile, prompts: [prompt], lang,
      })
    : generateAny({ prompts: [prompt], lang })
  const best = result.ok ? result.specs[0] : undefined
  await useDb().repos.generationEvents.record({
    userId,
    engine: 'rules',
    ok: Boolean(best),
    mark: best?.mark ?? null,
    ms: performance.now() - started,
    promptChars: prompt.length,
  })

  if (!result.ok || !best) {
    const error = result.ok ? undefined : result.error
    throw v1Error('prompt_not_understood', {
      message: error?.message,
      details: { reason: error?.code ?? 'noChart', suggestions: error?.suggestions ?? [] },
    })
  }
  return {
    spec: best.spec,
    mark: best.mark,
    dataKey: loaded ? source!.dataKey : null,
    generation: {
      lang: result.state.lang,
      confidence: best.confidence,
      warnings: result.warnings.map(w => ({ code: w.code, message: w.message })),
    },
  }
}
