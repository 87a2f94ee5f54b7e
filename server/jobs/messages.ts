// Why a generation job did not finish, in the person's language.
import type { Lang } from '../../shared/engine/types'

export type JobErrorCode =
  | 'rate_limited' | 'cancelled' | 'timeout' | 'dataset_missing' | 'render_failed' | 'failed'

export const jobMessages: Record<JobErrorCode, Record<Lang, string>> = {
  rate_limited: {
    'en': 'Too many charts requested at once; please wait a minute.',
    'zh-CN': '请求过于频繁，请稍候一分钟再试。',
  },
  cancelled: { 'en': 'Cancelled.', 'zh-CN': '已取消。' },
  timeout: {
    'en': 'This chart took too long to make. Try a simpler request.',
    'zh-CN': '生成图表耗时过长，请尝试更简单的描述。',
  },
  dataset_missing: {
    'en': 'The dataset is no longer available.',
    'zh-CN': '该数据集已不可用。',
  },
  render_failed: {
    'en': 'The chart could not be drawn.',
    'zh-CN': '无法绘制该图表。',
  },
  failed: {
    'en': 'Something went wrong while making this chart.',
    'zh-CN': '生成图表时出错。',
  },
}

export function jobMessage(code: string, lang: Lang): string {
  const known = code in jobMessages ? (code as JobErrorCode) : 'failed'
  return jobMessages[known][lang]
}
