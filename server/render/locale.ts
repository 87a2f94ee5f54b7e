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
 * format ("s") becomes 1.2万 / 3.4亿 instead of 12k / 340M.
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

function withWan(base: VegaLocale): VegaLocale {
  const rewrite = (spec: string | undefined, fallback: () => NumberFormat): NumberFormat => {
    const si = spec ? SI_SPEC.exec(spec) : null
    return si ? wanFormat(base, Number(si[1] ?? 3), si[2] === '~' || !si[1]) : fallback()
  }
  return {
    ...base,
    format: spec => rewrite(spec, () => base.format(spec)),
    formatSpan: (start, stop, count, spec) =>
      rewrite(spec, () => base.formatSpan(start, stop, count, spec)),
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
