// Titles of the admin page's charts, drawn on the server in the viewer's language.
import type { Lang } from '../../shared/engine/types'

export type AdminChart = 'requests' | 'latency' | 'success' | 'marks' | 'newCharts'

type Text = Record<Lang, string>

export const adminTexts: Record<AdminChart | 'minute' | 'day' | 'engine' | 'mark', Text> = {
  requests: { 'en': 'Requests per minute (last hour)', 'zh-CN': '每分钟请求数（最近一小时）' },
  latency: { 'en': 'p95 latency, ms (last hour)', 'zh-CN': 'p95 延迟（毫秒，最近一小时）' },
  success: { 'en': 'Generation success rate by engine, %', 'zh-CN': '各引擎生成成功率（%）' },
  marks: { 'en': 'Most used chart types (saved charts)', 'zh-CN': '最常用的图表类型（已保存图表）' },
  newCharts: { 'en': 'New charts per day', 'zh-CN': '每日新增图表' },
  minute: { 'en': 'minute', 'zh-CN': '分钟' },
  day: { 'en': 'day', 'zh-CN': '日期' },
  engine: { 'en': 'engine', 'zh-CN': '引擎' },
  mark: { 'en': 'chart type', 'zh-CN': '图表类型' },
}
