import { SettingsError } from '../utils/settings'

export type LlmMode = 'rules' | 'hybrid' | 'llm'

export interface LlmProvider {
  baseUrl: string
  apiKey?: string
  model: string
  timeoutMs: number
}

export interface LlmConfig {
  /** When the model is asked unprompted; a person's explicit request works in every mode. */
  mode: LlmMode
  /** Absent when no OpenAI-compatible server is configured: the rule engine answers alone. */
  provider?: LlmProvider
  /** In hybrid mode, an engine answer below this confidence goes to the model. */
  minConfidence: number
}

const MODES: readonly LlmMode[] = ['rules', 'hybrid', 'llm']
const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_MIN_CONFIDENCE = 0.6

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) {
    throw new SettingsError(name, 'must be a positive number')
  }
  return value
}

/** Reads the optional model provider from its env names; the model stays off unless configured. */
export function readLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const mode = (env.LLM_MODE || 'rules') as LlmMode
  if (!MODES.includes(mode)) throw new SettingsError('LLM_MODE', 'must be rules, hybrid or llm')
  const minConfidence = positive(env, 'LLM_MIN_CONFIDENCE', DEFAULT_MIN_CONFIDENCE)

  const baseUrl = env.LLM_BASE_URL || undefined
  if (!baseUrl) {
    if (mode !== 'rules') {
      throw new SettingsError('LLM_BASE_URL', `LLM_MODE=${mode} needs a model server`)
    }
    return { mode, minConfidence }
  }
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new SettingsError('LLM_BASE_URL', 'must be an http(s) URL')
  }
  if (!env.LLM_MODEL) throw new SettingsError('LLM_MODEL', 'needed when LLM_BASE_URL is set')
  return {
    mode,
    minConfidence,
    provider: {
      baseUrl: baseUrl.replace(/\/$/, ''),
      apiKey: env.LLM_API_KEY || undefined,
      model: env.LLM_MODEL,
      timeoutMs: positive(env, 'LLM_TIMEOUT_MS', DEFAULT_TIMEOUT_MS),
    },
  }
}
