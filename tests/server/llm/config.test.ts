import { describe, expect, it } from 'vitest'
import { readLlmConfig } from '../../../server/llm/config'

describe('llm/config', () => {
  it('leaves the model off when nothing is configured', () => {
    expect(readLlmConfig({})).toEqual({ mode: 'rules', minConfidence: 0.6 })
  })

  it('reads a provider with its timeout', () => {
    const config = readLlmConfig({
      LLM_BASE_URL: 'http://127.0.0.1:9/v1/', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '1500',
      LLM_MODE: 'hybrid',
    })
    expect(config.mode).toBe('hybrid')
    expect(config.provider).toEqual({
      baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 1500, apiKey: undefined,
    })
  })

  it('names the missing setting', () => {
    expect(() => readLlmConfig({ LLM_MODE: 'llm' }))
      .toThrow('[config] missing setting LLM_BASE_URL')
    expect(() => readLlmConfig({ LLM_BASE_URL: 'http://x/v1' }))
      .toThrow('[config] missing setting LLM_MODEL')
  })

  it('refuses malformed values', () => {
    expect(() => readLlmConfig({ LLM_MODE: 'magic' })).toThrow('LLM_MODE')
    expect(() => readLlmConfig({ LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' })).toThrow('LLM_BASE_URL')
    expect(() => readLlmConfig({ LLM_BASE_URL: 'http://x', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '-1' }))
      .toThrow('LLM_TIMEOUT_MS')
  })
})
