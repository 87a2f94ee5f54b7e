// Every text the engine shows a person, in English and Simplified Chinese.
import type { Aggregate, Lang } from './types'

const EN = {
  'error.emptyPrompt': 'Type what you would like to see, for example "{example}".',
  'error.noData': 'There is no data to chart yet. Upload a table or type numbers into the prompt.',
  'error.noField': 'None of this table\'s columns appear in your request. Try naming one, '
    + 'for example: {fields}.',
  'error.internal': 'Something went wrong while reading your request. Please rephrase it.',
  'warn.ignoredWords': 'Ignored: {words}',
  'warn.guessedField': '"{text}" was read as {field}',
  'warn.ambiguousField': '"{text}" could mean {field} or {alternatives}; {field} was used',
  'warn.unusedField': '{field} was mentioned but is not shown in the chart',
  'warn.chartAdjusted': 'A {requested} chart cannot show this, so a {chart} chart is shown',
  'warn.manySlices': 'A pie with {n} slices is hard to read; a bar chart may be clearer',
  'warn.filterNoField': 'Could not tell which column "{text}" applies to, so it was ignored',
  'warn.timeUnitIgnored': 'Grouping by {unit} needs a date column, so it was ignored',
  'warn.countAssumed': 'No measure was named, so rows are counted',
} as const

export type MessageCode = keyof typeof EN

const ZH: Record<MessageCode, string> = {
  'error.emptyPrompt': '请输入想看的内容，例如“{example}”。',
  'error.noData': '还没有可以画图的数据。请上传表格，或在输入框里直接写上数字。',
  'error.noField': '请求中没有找到这张表的任何列。试试提到其中一列，例如：{fields}。',
  'error.internal': '解析请求时出错了，请换一种说法。',
  'warn.ignoredWords': '已忽略：{words}',
  'warn.guessedField': '“{text}”被理解为 {field}',
  'warn.ambiguousField': '“{text}”可能指 {field} 或 {alternatives}，已使用 {field}',
  'warn.unusedField': '提到了 {field}，但图表中没有用到',
  'warn.chartAdjusted': '{requested}无法展示这些数据，已改用{chart}',
  'warn.manySlices': '饼图有 {n} 个扇区，不易阅读，柱状图可能更清楚',
  'warn.filterNoField': '无法确定“{text}”针对哪一列，已忽略',
  'warn.timeUnitIgnored': '按{unit}分组需要日期列，已忽略',
  'warn.countAssumed': '没有指定度量，已按行计数',
}

const AGG_EN: Record<Aggregate, string> = {
  count: 'Count', sum: 'Sum of {f}', mean: 'Average {f}', median: 'Median {f}',
  min: 'Minimum {f}', max: 'Maximum {f}', distinct: 'Distinct {f}',
}

const AGG_ZH: Record<Aggregate, string> = {
  count: '数量', sum: '{f}总和', mean: '平均{f}', median: '{f}中位数',
  min: '最小{f}', max: '最大{f}', distinct: '{f}去重数',
}

const CHART_ZH: Record<string, string> = {
  bar: '柱状图', histogram: '直方图', line: '折线图', area: '面积图', point: '散点图',
  arc: '饼图', donut: '环形图', heatmap: '热力图', boxplot: '箱线图', tick: '带状图',
}

const UNIT_ZH: Record<string, string> = {
  year: '年', quarter: '季度', month: '月', yearmonth: '年月', yearmonthdate: '天',
  day: '星期', date: '日', hours: '小时',
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''))
}

export function message(
  code: MessageCode, lang: Lang, params: Record<string, string | number> = {},
): string {
  return fill(lang === 'zh-CN' ? ZH[code] : EN[code], params)
}

/** Axis title of an aggregated field, e.g. "Average Horsepower" / "平均Horsepower". */
export function aggregateTitle(op: Aggregate, field: string, lang: Lang): string {
  return fill(lang === 'zh-CN' ? AGG_ZH[op] : AGG_EN[op], { f: field })
}

export function chartName(chart: string, lang: Lang): string {
  return lang === 'zh-CN' ? CHART_ZH[chart] ?? chart : chart
}

export function unitName(unit: string, lang: Lang): string {
  return lang === 'zh-CN' ? UNIT_ZH[unit] ?? unit : unit
}
