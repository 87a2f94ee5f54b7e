import * as vega from 'vega'
import type { RenderLang } from './messages'

type NumberFormat = (value: number) => string
interface VegaLocale {
  format: (spec: string) => NumberFormat
  formatSpan: (start: number, stop: number, count: number, spec?: string) => NumberFormat
}

const zhNumber = {
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['¥', ''],
}

const zhTime = {
  dateTime: '%x %A %X',
  date: '%Y/%-m/%-d',
  time: '%H:%M:%S',
  periods: ['上午', '下午'],
  days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  months: [
    '一月', '二月', '三月', '四月', '五月', '六月',
    '七月', '八月', '九月', '十月', '十一月', '十二月',
  ],
  shortMonths: [
    '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月',
  ],
}

// d3's SI type (`s`, optionally with precision and `~`) is the only one rewritten.
const SI_SPEC = /^(?:\.(\d+))?(~)?s$/

/**
 * Chinese readers group large numbers by 万 (10^4) and 亿 (10^8), not by thousands, so an SI
 * format ("s") becomes 1.2万 / 3.4亿 instead of 12k / 340M, and so do default axis labels.
 */
function wanFormat(locale: VegaLocale, precision: number, trim: boolean): NumberFormat {
  const digits = locale.format(`.${precision}${trim ? '~' : ''}r`)
  return (value) => {
    const abs = Math.abs(value)
    if (abs >= 1e8) return `${digits(value / 1e8)}亿`
    if (abs >= 1e4) return `${digits(value / 1e4)}万`
    return digits(value)
  }
}

// d3's tick step for a span: 1, 2 or 5 times a power of ten.
function tickStep(start: number, stop: number, count: number): number {
  const raw = Math.abs(stop - start) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const error = raw / power
  return power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1)
}

// Axes and legends without a format reach 万 from 100,000 (below that, plain digits read well).
const WAN_AXIS_FROM = 1e5

/**
 * Default labels of a span in 万 or 亿, one unit for every tick (0, 500万, 1,000万 ...), with
 * as many decimals as the step needs.
 */
function wanSpan(
  base: VegaLocale, start: number, stop: number, count: number,
): NumberFormat | undefined {
  const top = Math.max(Math.abs(start), Math.abs(stop))
  if (!(top >= WAN_AXIS_FROM) || !Number.isFinite(top) || count < 1 || start === stop) return
  const [unit, suffix] = top >= 1e8 ? [1e8, '亿'] : [1e4, '万']
  const decimals = Math.max(0, -Math.floor(Math.log10(tickStep(start, stop, count) / unit)))
  const digits = base.format(`,.${decimals}f`)
  return value => (value === 0 ? '0' : `${digits(value / unit)}${suffix}`)
}

function withWan(base: VegaLocale): VegaLocale {
  const rewrite = (spec: string | undefined, fallback: () => NumberFormat): NumberFormat => {
    const si = spec ? SI_SPEC.exec(spec) : null
    return si ? wanFormat(base, Number(si[1] ?? 3), si[2] === '~' || !si[1]) : fallback()
  }
  return {
    ...base,
    format: spec => rewrite(spec, () => base.format(spec)),
    formatSpan: (start, stop, count, spec) => rewrite(spec, () =>
      (!spec && wanSpan(base, start, stop, count)) || base.formatSpan(start, stop, count, spec)),
  }
}

let zhLocale: VegaLocale | undefined

/**
 * The number and time locale for one view. It is set on each view rather than as vega's
 * default, so renders in different languages can run side by side.
 */
export function viewLocale(lang: RenderLang): VegaLocale | undefined {
  if (lang === 'en') return undefined
  zhLocale ??= withWan(
    (vega as unknown as { locale: (n: object, t: object) => VegaLocale }).locale(zhNumber, zhTime),
  )
  return zhLocale
}
