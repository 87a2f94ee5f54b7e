import { consola } from 'consola'
import { metrics } from '../metrics'
import type { GenerationEngine } from '../metrics'
import { useDb } from './services'

const log = consola.withTag('generate')
const PROMPT_LOG_CHARS = 80

export interface FinishedGeneration {
  /** The request or job it belongs to, so the log line can be matched with the request's. */
  traceId?: string
  userId: string | null
  engine: GenerationEngine
  ok: boolean
  mark: string | null
  ms: number
  prompts: string[]
}

/** A prompt as the log keeps it: its start only, on one line. */
export function promptForLog(prompts: string[]): string {
  const text = prompts.join(' / ').replace(/\s+/g, ' ')
  return text.length > PROMPT_LOG_CHARS ? `${text.slice(0, PROMPT_LOG_CHARS)}…` : text
}

/** Every finished generation goes to the activity table, the metrics and the log. */
export async function recordFinishedGeneration(entry: FinishedGeneration): Promise<void> {
  const { traceId, prompts, ...event } = entry
  metrics.recordGeneration(event.engine, event.ok)
  log.info(JSON.stringify({
    id: traceId, engine: event.engine, ok: event.ok, mark: event.mark, ms: Math.round(event.ms),
    prompt: promptForLog(prompts),
  }))
  await useDb().repos.generationEvents.record({
    ...event, promptChars: prompts.reduce((n, p) => n + p.length, 0),
  })
}
