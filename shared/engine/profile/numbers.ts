// Numbers as people write them: 1,234.5  $12  ¥3.2万  12%  (1,234)  4.5k  2.1 billion  30266.0
export interface ParsedNumber {
  value: number
  kind: 'number' | 'percent' | 'currency'
}

const multipliers: Record<string, number> = {
  'k': 1e3, 'K': 1e3, 'thousand': 1e3, '千': 1e3,
  '万': 1e4,
  'M': 1e6, 'mn': 1e6, 'million': 1e6, '百万': 1e6,
  '千万': 1e7,
  '亿': 1e8,
  'B': 1e9, 'bn': 1e9, 'billion': 1e9,
  'T': 1e12, 'trillion': 1e12,
}

const plain = /^-?(?:\d+\.?\d*|\.\d+)$/
const full = new RegExp(
  '^(?<sign>[-+−])?\\s*(?<open>\\()?\\s*(?<cur>US\\$|\\$|¥|€|£|RMB|CNY|USD)?\\s*(?<sign2>[-−])?\\s*'
  + '(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|\\.\\d+)\\s*'
  + '(?<mult>thousand|million|billion|trillion|bn|mn|千万|百万|[kKMBT千万亿])?\\s*(?<pct>%)?\\s*'
  + '(?<cur2>元|美元|块|USD|RMB|CNY|EUR|€|£|¥|\\$)?\\s*(?<close>\\))?$',
)

export function parseNumber(input: string): ParsedNumber | null {
  if (plain.test(input)) return { value: Number(input), kind: 'number' }
  const text = input.normalize('NFKC').trim()
  const m = full.exec(text)?.groups
  if (!m || Boolean(m.open) !== Boolean(m.close)) return null
  let value = Number(m.num!.replace(/,/g, ''))
  if (m.mult) value *= multipliers[m.mult]!
  const negative = Boolean(m.open) || (m.sign !== undefined && m.sign !== '+') || Boolean(m.sign2)
  if (negative) value = -value
  if (!Number.isFinite(value)) return null
  // Multiplying a decimal (1.3 * 1e4) leaves binary noise; round to a sane precision.
  if (m.mult) value = Number(value.toPrecision(12))
  const kind = m.pct ? 'percent' : m.cur || m.cur2 ? 'currency' : 'number'
  return { value, kind }
}

// Most of Europe writes 1.234,5 for 1,234.5. "1,234" alone cannot tell; "3,5" and "1.234,56" can.
const decimalCommaEvidence = /\d,(?:\d{1,2}|\d{4,})(?!\d)|\d\.\d{3},\d/

/** Values that only read sensibly with a decimal comma. */
export function hasDecimalComma(value: string): boolean {
  return decimalCommaEvidence.test(value)
}

/** Reads a number written with a decimal comma and dots between thousands. */
export function parseDecimalComma(input: string): ParsedNumber | null {
  const swapped = input.trim().replace(/[.,]/g, c => (c === '.' ? '' : '.'))
  return parseNumber(swapped)
}
