// Numbers inside free text, with the units people attach to them:
// "21.9 million", "3.2%", "¥30", "1.5万", "(1,234)" is not expected in prose, "-1.1%" is.
export interface NumberToken {
  start: number
  end: number
  /** The text matched, as typed. */
  text: string
  value: number
  /** Plain integer with no unit, so it may be a label such as a year. */
  bare: boolean
  /** "1.234": thousands in German, a decimal in English. */
  ambiguous: boolean
  /** "3.2%": the value is 3.2, in percent. */
  percent: boolean
}

const units: Record<string, number> = {
  'percent': 1, '%': 1,
  'k': 1e3, 'K': 1e3, 'thousand': 1e3, '千': 1e3,
  '万': 1e4,
  'M': 1e6, 'mn': 1e6, 'million': 1e6, '百万': 1e6,
  '千万': 1e7,
  '亿': 1e8,
  'B': 1e9, 'bn': 1e9, 'billion': 1e9,
  'trillion': 1e12,
}

// A number must not continue a Latin word or another number ("Q1", "x2", "1.2.3"),
// but may follow Han characters directly ("苹果30").
const pattern = new RegExp(
  // Digits inside dates ("2021-01", "1/5") belong to the date, not to a value.
  '(?<![A-Za-z0-9_.])(?<!\\d[-/])(?<cur>US\\$|\\$|¥|￥|€|£)?\\s?(?<sign>[-−+])?'
  + '(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)'
  + '(?:\\s?(?<unit>%|[Pp]ercent|[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|bn|mn'
  + '|千万|百万|[kKMB千万亿](?![A-Za-z])))?'
  + '(?:\\s?(?:元|美元|块|dollars?|usd|USD|RMB))?(?![A-Za-z0-9])'
  // "2020年", "3月", "5日": a number that names a date part is part of a label.
  + '(?![年月日号季周])(?![-/]\\d)',
  'g',
)

export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const m of text.matchAll(pattern)) {
    const g = m.groups!
    const unit = g.unit?.toLowerCase() === 'percent' ? 'percent' : g.unit
    let value = Number(g.num!.replace(/,/g, ''))
    if (unit && unit !== '%' && unit !== 'percent') {
      const scale = units[unit] ?? units[unit.toLowerCase()]!
      value = Number((value * scale).toPrecision(12))
    }
    if (g.sign === '-' || g.sign === '−') value = -value
    const raw = m[0]
    tokens.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw.trim(),
      value,
      bare: !g.cur && !g.unit && !g.sign && /^\d+$/.test(g.num!),
      ambiguous: /^\d{1,3}\.\d{3}$/.test(g.num!),
      percent: unit === '%' || unit === 'percent',
    })
  }
  return tokens
}
