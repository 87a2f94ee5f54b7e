// Label/value pairs typed into a prompt: "Q1 120, Q2 150", "苹果30，香蕉20", "2019: 3.2%",
// "30 apples, 20 bananas". The text before and after the list is the instruction.
import { detectSequence, sequenceIndex, type SequenceKind } from '../profile/sequences'
import type { EngineWarning, Lang, Row } from '../types'
import { inlineError, inlineWarning } from './messages'
import { findNumbers, type NumberToken } from './number-tokens'
import type { InlineResult } from './types'
import { cleanLabel, contentWords, separator } from './words'

interface Pairing {
  labels: string[]
  values: NumberToken[]
  before: string
  after: string
}

const labelThenValue = /^\s*[:：=]?\s*$/
// "10k in 2020": the value comes first and the year after a preposition.
const valueThenLabel = /^\s*(?:in|for|at|during|\(|（)\s*$/i

/** "2019: 3.2%, 2020: -1.1%" or "10k in 2020, 25k in 2021": every other number is a label. */
function pairNumbers(prompt: string, nums: NumberToken[]): Pairing | null {
  if (nums.length < 4 || nums.length % 2 !== 0) return null
  const gapAt = (i: number) => prompt.slice(nums[i]!.end, nums[i + 1]!.start)
  const labelFirst = labelThenValue.test(gapAt(0))
  if (!labelFirst && !valueThenLabel.test(gapAt(0))) return null
  const labelOffset = labelFirst ? 0 : 1
  for (let i = 0; i < nums.length; i += 2) {
    if (!nums[i + labelOffset]!.bare) return null
    if (!(labelFirst ? labelThenValue : valueThenLabel).test(gapAt(i))) return null
    if (i > 0 && !separator.test(gapAt(i - 1))) return null
  }
  const last = prompt.slice(nums[nums.length - 1]!.end)
  return {
    labels: nums.filter((_, i) => i % 2 === labelOffset).map(n => n.text),
    values: nums.filter((_, i) => i % 2 !== labelOffset),
    before: prompt.slice(0, nums[0]!.start),
    after: labelFirst ? last : last.replace(/^\s*[)）]/, ''),
  }
}

function splitAtSeparator(gap: string): { before: string; after: string; found: boolean } {
  const parts = gap.split(separator)
  return { before: parts[0]!, after: parts[parts.length - 1]!, found: parts.length > 1 }
}

const wordCount = (s: string) => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length)

/** Splits the text before the first value into [instruction, first label]. */
function firstLabel(prefix: string, others: string[]): [string, string] {
  // Unlabelled lists ("plot 3, 5, 7"): what precedes the first value is all instruction.
  if (others.length > 0 && others.every(o => o === '')) return [prefix, '']
  // "Cats: 12" has its label before the colon; "the population of China is 1.4" before "is".
  const trimmed = prefix.replace(/(?:[\s:：=]|\b(?:is|was|are|were|of|at|about|around)\b)+$/i, '')
  const chunks = trimmed.split(/[,，;；:：\n。]/)
  const chunk = chunks.pop() ?? ''
  const head = chunks.join(' ')
  const kind: SequenceKind | undefined = detectSequence(others)
  const compact = chunk.trim()
  if (kind && !compact.includes(' ')) {
    // "销量一月120 二月150": the label is the longest tail that is itself a month.
    for (let i = 0; i < compact.length; i++) {
      if (sequenceIndex(compact.slice(i), kind) !== undefined) {
        return [`${head} ${compact.slice(0, i)}`, compact.slice(i)]
      }
    }
  }
  const words = compact.split(/\s+/).filter(Boolean)
  const n = Math.max(1, ...others.map(wordCount))
  const label = cleanLabel(words.slice(-n).join(' '))
  const rest = words.slice(0, -n).join(' ')
  if (/\p{Script=Han}/u.test(label)) {
    // Han text has no spaces: drop leading chart requests ("画一个饼图苹果" -> "苹果").
    const stripped = label.replace(/^.*(?:图表?|[：:])/u, '').replace(/^(?:请|画出?|绘制|显示)/u, '')
    if (stripped !== '') return [`${head} ${rest} ${label.slice(0, -stripped.length)}`, stripped]
  }
  return [`${head} ${rest}`, label]
}

function pairLabels(prompt: string, nums: NumberToken[]): Pairing {
  const gaps = nums.slice(1).map((n, i) => splitAtSeparator(prompt.slice(nums[i]!.end, n.start)))
  const prefix = prompt.slice(0, nums[0]!.start)
  const suffix = prompt.slice(nums[nums.length - 1]!.end)
  const withSeparator = gaps.filter(g => g.found)
  const valueFirst = withSeparator.length > 0
    ? withSeparator.every(g => cleanLabel(g.after) === '')
      && withSeparator.some(g => cleanLabel(g.before) !== '')
    : cleanLabel(prefix) === ''

  if (valueFirst) {
    // "30 apples, 20 bananas, 50 oranges as a pie": labels follow their values.
    const tail = splitAtSeparator(suffix)
    const inner = gaps.map(g => cleanLabel(g.before))
    const n = Math.max(1, ...inner.map(wordCount))
    const tailWords = tail.before.trim().split(/\s+/)
    const last = cleanLabel(tailWords.slice(0, n).join(' '))
    const rest = [...tailWords.slice(n), tail.found ? suffix.slice(tail.before.length) : '']
    return { labels: [...inner, last], values: nums, before: prefix, after: rest.join(' ') }
  }
  const inner = gaps.map(g => cleanLabel(g.found ? g.after : g.before))
  const [before, first] = firstLabel(prefix, inner)
  return { labels: [first, ...inner], values: nums, before, after: suffix }
}

function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>()
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1
    seen.set(label, n)
    return n === 1 ? label : `${label} (${n})`
  })
}

export function extractNumbers(prompt: string, lang: Lang): InlineResult | null {
  const nums = findNumbers(prompt)
  if (nums.length === 0) return null
  if (nums.length === 1) return { kind: 'error', error: inlineError('too_few_numbers', lang) }

  const pairing = pairNumbers(prompt, nums) ?? pairLabels(prompt, nums)
  const warnings: EngineWarning[] = []
  let labels = pairing.labels
  if (labels.every(l => l === '')) {
    labels = labels.map((_, i) => String(i + 1))
    warnings.push(inlineWarning('labels_generated', lang))
  }
  labels = uniqueLabels(labels.map((l, i) => l || String(i + 1)))
  for (const n of pairing.values.filter(v => v.ambiguous)) {
    const alternative = n.text.replace('.', ',')
    const params = { text: n.text, value: n.value, alternative }
    warnings.push(inlineWarning('ambiguous_decimal', lang, params))
  }

  const measure = contentWords(pairing.before).split(' ').length <= 2
    ? contentWords(pairing.before)
    : ''
  const valueColumn = measure !== '' && measure !== 'label' ? measure : 'value'
  // Percentages stay written as such, so the table profiles them as a file of "3.2%" would be.
  const percent = pairing.values.every(v => v.percent)
  const rows: Row[] = labels.map((label, i) => {
    const { value } = pairing.values[i]!
    return { label, [valueColumn]: percent ? `${value}%` : value }
  })
  // The measure name is now the column's name; the instruction is what is left to do.
  const before = measure === ''
    ? pairing.before
    : pairing.before.replace(measure, ' ').replace(/^\s*(?:is|are|was|were)\b/i, '')
  const instruction = `${before} ${pairing.after}`.replace(/\s+/g, ' ')
  return {
    kind: 'numbers',
    table: { columns: ['label', valueColumn], rows },
    instruction: cleanLabel(instruction),
    warnings,
  }
}
