// Labels with a natural order: months, weekdays and quarters, in English and Chinese.
export type SequenceKind = 'month' | 'weekday' | 'quarter'

const monthNames = [
  ['jan', 'january', '一月', '1月'], ['feb', 'february', '二月', '2月'],
  ['mar', 'march', '三月', '3月'], ['apr', 'april', '四月', '4月'],
  ['may', '五月', '5月'], ['jun', 'june', '六月', '6月'], ['jul', 'july', '七月', '7月'],
  ['aug', 'august', '八月', '8月'], ['sep', 'sept', 'september', '九月', '9月'],
  ['oct', 'october', '十月', '10月'], ['nov', 'november', '十一月', '11月'],
  ['dec', 'december', '十二月', '12月'],
]

const weekdayNames = [
  ['mon', 'monday', '周一', '星期一', '礼拜一'], ['tue', 'tues', 'tuesday', '周二', '星期二'],
  ['wed', 'wednesday', '周三', '星期三'], ['thu', 'thur', 'thurs', 'thursday', '周四', '星期四'],
  ['fri', 'friday', '周五', '星期五'], ['sat', 'saturday', '周六', '星期六'],
  ['sun', 'sunday', '周日', '周天', '星期日', '星期天'],
]

function indexOf(table: string[][]): Map<string, number> {
  const map = new Map<string, number>()
  table.forEach((names, i) => names.forEach(n => map.set(n, i)))
  return map
}

const months = indexOf(monthNames)
const weekdays = indexOf(weekdayNames)
const quarter = /^(?:q([1-4])|([1-4])q|第?([一二三四1-4])季度?|quarter\s*([1-4]))$/i
const chineseDigit: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 }

/** Position of a label in its sequence (0-based), or undefined when it is not one. */
export function sequenceIndex(label: string, kind: SequenceKind): number | undefined {
  const key = label.trim().toLowerCase().replace(/\.$/, '')
  if (kind === 'month') return months.get(key)
  if (kind === 'weekday') return weekdays.get(key)
  const m = quarter.exec(key)
  if (!m) return undefined
  const digit = m[1] ?? m[2] ?? m[3] ?? m[4]!
  return (chineseDigit[digit] ?? Number(digit)) - 1
}

/** The sequence every label belongs to, if any. */
export function detectSequence(labels: readonly string[]): SequenceKind | undefined {
  if (labels.length === 0) return undefined
  const kinds: SequenceKind[] = ['month', 'weekday', 'quarter']
  return kinds.find(kind => labels.every(l => sequenceIndex(l, kind) !== undefined))
}

/** Labels sorted by their place in the sequence; ties keep their given order. */
export function sequenceOrder(labels: readonly string[], kind: SequenceKind): string[] {
  return [...labels].sort((a, b) => sequenceIndex(a, kind)! - sequenceIndex(b, kind)!)
}
