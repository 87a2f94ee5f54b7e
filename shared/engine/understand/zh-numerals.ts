// Chinese numerals in the few places a chart request uses them: "前十名" (top ten), "超过五千"
// (over 5000), "三个产品". Elsewhere the same characters are words ("一月", "百分比", "万一"),
// so a numeral is read only next to a word that asks for a number.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 }

const NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+'
const BEFORE = '前|后|超过|大于|小于|高于|低于|多于|少于|不到|不超过|至少|最多|过'
const AFTER = '个|名|位|家|辆|条|项|只|种|部|本|以上|以下|以内|之内'
export const ZH_NUMERAL = new RegExp(`(?<=${BEFORE})${NUMERAL}|${NUMERAL}(?=${AFTER})`, 'g')

/** Value of a numeral such as 十五, 两千, 三万五千 or 二〇二〇; undefined when it is not one. */
export function zhNumber(text: string): number | undefined {
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(text)) {
    return Number([...text].map((c) => DIGITS[c]).join(''))
  }
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== undefined) return undefined
      digit = DIGITS[char]!
    } else if (char in UNITS) {
      section += (digit ?? 1) * UNITS[char]!
      digit = undefined
    } else if (char in BIG) {
      total = (total + section + (digit ?? 0)) * BIG[char]!
      section = 0
      digit = undefined
    } else return undefined
  }
  const value = total + section + (digit ?? 0)
  return value > 0 ? value : undefined
}
