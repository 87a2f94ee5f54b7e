import OpenAI from 'openai'
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import type { LlmProvider } from './config'
import type { FallbackCode } from './messages'

export type ChatMessage = ChatCompletionMessageParam

/** A model call that did not produce an answer; `code` says why, for the fallback notice. */
export class LlmError extends Error {
  constructor(readonly code: FallbackCode, detail: string, options?: { cause?: unknown }) {
    super(`[llm] ${detail}`, options)
    this.name = 'LlmError'
  }
}

const clients = new WeakMap<LlmProvider, OpenAI>()

function clientFor(provider: LlmProvider): OpenAI {
  let client = clients.get(provider)
  if (!client) {
    client = new OpenAI({
      baseURL: provider.baseUrl,
      // Local OpenAI-compatible servers often need no key, but the client insists on one.
      apiKey: provider.apiKey ?? 'none',
      timeout: provider.timeoutMs,
      // One try: the rule engine is a good answer already, waiting longer is worse.
      maxRetries: 0,
    })
    clients.set(provider, client)
  }
  return client
}

function toLlmError(error: unknown): LlmError {
  if (error instanceof OpenAI.APIUserAbortError) return new LlmError('cancelled', 'cancelled')
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new LlmError('timeout', 'timed out', { cause: error })
  }
  if (error instanceof OpenAI.APIError && error.status === 429) {
    return new LlmError('rate_limited', 'rate limited (429)', { cause: error })
  }
  const status = error instanceof OpenAI.APIError && error.status ? ` (${error.status})` : ''
  return new LlmError('unavailable', `request failed${status}`, { cause: error })
}

// Servers without JSON mode reject the field with a 400; the prompt asks for JSON anyway.
const rejectsJsonMode = (error: unknown) =>
  error instanceof OpenAI.BadRequestError && /response_format/i.test(error.message)

/** The model's reply text to a conversation; throws LlmError when there is none. */
export async function askModel(
  provider: LlmProvider, messages: ChatMessage[], signal?: AbortSignal,
): Promise<string> {
  const client = clientFor(provider)
  const ask = (jsonMode: boolean) => client.chat.completions.create({
    model: provider.model,
    messages,
    temperature: 0,
    ...(jsonMode ? { response_format: { type: 'json_object' as const } } : {}),
  }, { signal })

  try {
    const completion = await ask(true).catch((error: unknown) => {
      if (rejectsJsonMode(error)) return ask(false)
      throw error
    })
    return completion.choices[0]?.message?.content ?? ''
  }
  catch (error) {
    throw toLlmError(error)
  }
}
