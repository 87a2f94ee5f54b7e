// A sentence and a small table that say what a chart shows, for people who cannot see it (screen
// readers, search engines, chat previews). Built from the data the chart's marks were drawn from.
type Row = Record<string, unknown>
type Lang = 'en' | 'zh-CN'

interface Channel {
  field?: string
  aggregate?: string
  timeUnit?: string
  type?: string
  title?: string
}

export interface ChartSummary {
  text: string
  columns: string[]
  rows: Row[]
  total: number
}

const AGGREGATE_WORDS: Record<string, Record<Lang, string>> = {
  mean: { 'en': 'Average', 'zh-CN': '平均' },
  average: { 'en': 'Average', 'zh-CN': '平均' },
  sum: { 'en': 'Total', 'zh-CN': '总' },
  median: { 'en': 'Median', 'zh-CN': '中位数' },
  min: { 'en': 'Minimum', 'zh-CN': '最小' },
  max: { 'en': 'Maximum', 'zh-CN': '最大' },
  count: { 'en': 'Count', 'zh-CN': '数量' },
  distinct: { 'en': 'Distinct count', 'zh-CN': '不同值数量' },
}

const TABLE_ROWS = 20

/** The column Vega-Lite gives an encoded field in its aggregated output. */
function dataKey(c: Channel): string | undefined {
  if (c.aggregate === 'count') return '__count'
  if (!c.field) return undefined
  if (c.aggregate) return `${c.aggregate}_${c.field}`
  if (c.timeUnit) return `${c.timeUnit}_${c.field}`
  return c.field
}

function title(c: Channel, lang: Lang): string {
  if (c.title) return c.title
  const word = c.aggregate ? AGGREGATE_WORDS[c.aggregate]?.[lang] : undefined
  if (c.aggregate === 'count') return word ?? 'Count'
  const sep = lang === 'zh-CN' ? '' : ' '
  return word ? `${word}${sep}${c.field}` : c.field ?? ''
}

function format(value: unknown, lang: Lang): string {
  if (typeof value === 'number') {
    return value.toLocaleString(lang, { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 })
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value ?? '')
}

/** A time bucket said the way its axis shows it: "June", "2012", "Q3", "Mon", "6月". */
function formatTime(value: unknown, unit: string, lang: Lang): string {
  const date = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) return format(value, lang)
  const parts: Intl.DateTimeFormatOptions = {}
  if (unit.includes('year')) parts.year = 'numeric'
  if (unit.includes('quarter')) return `${parts.year ? `${date.getFullYear()} ` : ''}Q${Math.floor(date.getMonth() / 3) + 1}`
  if (unit.includes('month')) parts.month = parts.year || lang === 'zh-CN' ? 'short' : 'long'
  if (unit.includes('date')) parts.day = 'numeric'
  if (unit === 'day') parts.weekday = 'long'
  if (unit.includes('hours')) parts.hour = 'numeric'
  if (Object.keys(parts).length === 0) return format(value, lang)
  return new Intl.DateTimeFormat(lang, parts).format(date)
}

function formatCategory(value: unknown, c: Channel, lang: Lang): string {
  if (c.timeUnit) return formatTime(value, c.timeUnit, lang)
  if (c.type === 'temporal') return formatTime(value, 'yearmonthdate', lang)
  return format(value, lang)
}

function encodingOf(spec: Row): Record<string, Channel> {
  const enc = (spec.encoding ?? (spec.layer as Row[] | undefined)?.[0]?.encoding ?? {}) as Record<string, Channel>
  return enc
}

/** Picks the measure (aggregated or quantitative) and the category it varies over. */
function roles(enc: Record<string, Channel>) {
  const isMeasure = (c?: Channel) => !!c && (!!c.aggregate || c.type === 'quantitative')
  const pairs: [string, string][] = [['y', 'x'], ['x', 'y'], ['theta', 'color']]
  for (const [m, k] of pairs) {
    if (isMeasure(enc[m]) && enc[k] && !isMeasure(enc[k])) return { measure: enc[m]!, category: enc[k]! }
  }
  return null
}

export function summarizeChart(spec: Row, datums: Row[], lang: Lang): ChartSummary {
  const enc = encodingOf(spec)
  const pair = roles(enc)
  const mKey = pair && dataKey(pair.measure)
  const cKey = pair && dataKey(pair.category)
  const usable = mKey && cKey ? datums.filter(d => typeof d[mKey] === 'number' && d[cKey] != null) : []

  if (pair && mKey && cKey && usable.length > 0) {
    const sorted = [...usable].sort((a, b) => (b[mKey] as number) - (a[mKey] as number))
    const hi = sorted[0]!
    const lo = sorted[sorted.length - 1]!
    const m = title(pair.measure, lang)
    // Several series (one line per symbol): a point is named by its series and its place.
    const series = enc.color?.field && enc.color !== pair.category && enc.color !== pair.measure
      ? enc.color : undefined
    const sKey = series && dataKey(series)
    const place = (v: unknown) => formatCategory(v, pair.category, lang)
    const at = (d: Row) => (sKey ? `${format(d[sKey], lang)}, ${place(d[cKey])}` : place(d[cKey]))
    const text = usable.length === 1
      ? (lang === 'zh-CN'
          ? `${at(hi)} 的${m}为 ${format(hi[mKey], lang)}。`
          : `${m} is ${format(hi[mKey], lang)} for ${at(hi)}.`)
      : (lang === 'zh-CN'
          ? `${m}最高的是 ${at(hi)}（${format(hi[mKey], lang)}），最低的是 ${at(lo)}（${format(lo[mKey], lang)}）。`
          : `${m} is highest for ${at(hi)} (${format(hi[mKey], lang)}) and lowest for ${at(lo)} (${format(lo[mKey], lang)}).`)
    const columns = [...(series && sKey ? [title(series, lang)] : []), title(pair.category, lang), m]
    const rows = usable.slice(0, TABLE_ROWS).map(d => Object.fromEntries([
      ...(series && sKey ? [[columns[0]!, format(d[sKey], lang)]] : []),
      [columns.at(-2)!, place(d[cKey])], [columns.at(-1)!, format(d[mKey], lang)],
    ]))
    return { text, columns, rows, total: usable.length }
  }

  // No measure over a category: describe the fields and show the first rows as drawn.
  const fields = Object.values(enc).map(c => dataKey(c)).filter((k): k is string => !!k)
  const columns = [...new Set(fields)]
  const rows = datums.slice(0, TABLE_ROWS).map(d => Object.fromEntries(columns.map(c => [c, format(d[c], lang)])))
  const names = Object.values(enc).map(c => title(c, lang)).filter(Boolean)
  const text = lang === 'zh-CN'
    ? `图表展示 ${names.join('、')}，共 ${datums.length} 个数据点。`
    : `A chart of ${names.join(', ')} with ${datums.length} data points.`
  return { text, columns, rows, total: datums.length }
}
