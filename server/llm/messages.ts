// What the person is told when the model could not answer and the rule engine's chart is shown.
import type { Lang } from '../../shared/engine/types'

export type FallbackCode =
  | 'timeout' | 'rate_limited' | 'unavailable' | 'invalid_answer' | 'no_data' | 'cancelled'

const fallbackMessages: Record<FallbackCode, Record<Lang, string>> = {
  timeout: {
    'en': 'The language model took too long; this chart comes from the built-in rules.',
    'zh-CN': '语言模型响应超时，此图表由内置规则生成。',
  },
  rate_limited: {
    'en': 'The language model is busy right now; this chart comes from the built-in rules.',
    'zh-CN': '语言模型当前繁忙，此图表由内置规则生成。',
  },
  unavailable: {
    'en': 'The language model could not be reached; this chart comes from the built-in rules.',
    'zh-CN': '无法连接语言模型，此图表由内置规则生成。',
  },
  invalid_answer: {
    'en': 'The language model gave no usable chart; this one comes from the built-in rules.',
    'zh-CN': '语言模型未能给出可用的图表，此图表由内置规则生成。',
  },
  no_data: {
    'en': 'The language model needs a table to work on; the built-in rules answered instead.',
    'zh-CN': '语言模型需要数据表才能作答，已改由内置规则处理。',
  },
  cancelled: {
    'en': 'The request to the language model was cancelled.',
    'zh-CN': '对语言模型的请求已取消。',
  },
}

export function fallbackMessage(code: FallbackCode, lang: Lang): string {
  return fallbackMessages[code][lang]
}
