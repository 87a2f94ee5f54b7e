// Dates as they appear in exports and typed tables, to ISO strings that Vega reads the same
// way everywhere: YYYY-MM-DD for days, YYYY-MM-DDTHH:mm:ss when there is a time of day.
import { sequenceIndex } from './sequences'

export type Granularity = 'year' | 'month' | 'day' | 'datetime'
export type DateOrder = 'mdy' | 'dmy'

export interface ParsedDate {
  iso: string
  granularity: Granularity
}

const time = '(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([ap]\\.?m\\.?)?'
  + '(?:Z|[+-]\\d{2}:?\\d{2})?)?'
const isoLike = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${time}$`, 'i')
const slash = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${time}$`, 'i')
const chinese = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?$/
const yearMonth = /^(\d{4})[-/.](\d{1,2})$/
// 20131021: database exports store dates as numbers; profile only sends such columns here.
const compact = /^(1[89]\d\d|20\d\d)(\d\d)(\d\d)(?:\.0+)?$/
// "Jan 5, 2024" | "5 January 2024" | "28-AUG-2011" | "Sept 2023"
const named = new RegExp(
  String.raw`^(?:([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`
  + String.raw`|(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})|([a-z]+)\.?,?\s+(\d{4}))$`,
  'i',
)

const pad = (n: number) => String(n).padStart(2, '0')

// TODO(#3): a zone suffix (Z, +08:00) is dropped, so instants read as local wall-clock time.

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  return mo === 2 && leap ? 29 : monthDays[mo - 1]!
}

function fullYear(y: string): number {
  // Two-digit years follow the spreadsheet convention: 00-29 are 2000s, 30-99 are 1900s.
  if (y.length > 2) return Number(y)
  const n = Number(y)
  return n < 30 ? 2000 + n : 1900 + n
}

function build(
  y: number, mo: number, d: number | undefined, t: (string | undefined)[] = [],
): ParsedDate | null {
  if (mo < 1 || mo > 12 || y < 1 || y > 9999) return null
  if (d === undefined) return { iso: `${y}-${pad(mo)}-01`, granularity: 'month' }
  if (d < 1 || d > daysInMonth(y, mo)) return null
  const day = `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`
  const [hh, mm, ss, ampm] = t
  if (hh === undefined) return { iso: day, granularity: 'day' }
  let h = Number(hh)
  if (ampm) h = (h % 12) + (ampm.toLowerCase().startsWith('p') ? 12 : 0)
  if (h > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null
  return { iso: `${day}T${pad(h)}:${mm}:${pad(Number(ss ?? 0))}`, granularity: 'datetime' }
}

export function parseDate(input: string, order: DateOrder = 'mdy'): ParsedDate | null {
  const s = input.trim()
  let m = isoLike.exec(s)
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m.slice(4))
  m = slash.exec(s)
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])]
    const [mo, d] = order === 'dmy' ? [b, a] : [a, b]
    return build(fullYear(m[3]!), mo, d, m.slice(4))
  }
  m = chinese.exec(s)
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))
  m = yearMonth.exec(s)
  if (m) return build(Number(m[1]), Number(m[2]), undefined)
  m = compact.exec(s)
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]))
  // A bare year among other dates ("November 2007", "2009"); whole columns of years are
  // recognised earlier, as numbers.
  if (/^\d{4}$/.test(s)) return { iso: `${s}-01-01`, granularity: 'year' }
  m = /^(\d{4})\s*年$/.exec(s)
  if (m) return { iso: `${m[1]}-01-01`, granularity: 'year' }
  m = named.exec(s)
  if (m) {
    const monthName = m[1] ?? m[5] ?? m[7]!
    const mo = sequenceIndex(monthName, 'month')
    if (mo === undefined) return null
    const day = m[2] ?? m[4]
    return build(Number(m[3] ?? m[6] ?? m[8]), mo + 1, day === undefined ? undefined : Number(day))
  }
  return null
}

/** A parser to ISO strings; `days` drops the midnight time stamped on plain dates. */
export function dateParser(order: DateOrder, days: boolean): (raw: string) => string | null {
  return (raw) => {
    const iso = parseDate(raw, order)?.iso
    if (iso === undefined) return null
    return days ? iso.replace('T00:00:00', '') : iso
  }
}

/** Day first when some slash date has a first part above 12 and none a second part above 12. */
export function detectDateOrder(values: Iterable<string>): DateOrder {
  let firstOver12 = false
  for (const v of values) {
    const m = slash.exec(v.trim())
    if (!m) continue
    if (Number(m[2]) > 12) return 'mdy'
    if (Number(m[1]) > 12) firstOver12 = true
  }
  return firstOver12 ? 'dmy' : 'mdy'
}
