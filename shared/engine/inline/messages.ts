// Messages about data typed into the prompt, in every language the product speaks.
import type { EngineError, EngineWarning, Lang } from '../types'

type Params = Record<string, string | number>
type Texts = Record<Lang, (p: Params) => string>

const texts = {
  too_few_numbers: {
    'en': () => 'A chart needs at least two numbers, for example "A 3, B 5, C 2".',
    'zh-CN': () => '画图至少需要两个数字，例如“A 3，B 5，C 2”。',
  },
  mixed_row_lengths: {
    'en': p =>
      `Row ${p.row} of the pasted table has ${p.found} cells but the header has ${p.expected}.`,
    'zh-CN': p => `粘贴的表格第 ${p.row} 行有 ${p.found} 个单元格，但表头有 ${p.expected} 个。`,
  },
  ambiguous_decimal: {
    'en': p =>
      `Read "${p.text}" as the decimal ${p.value}; write ${p.alternative} if you meant thousands.`,
    'zh-CN': p => `“${p.text}”按小数 ${p.value} 读取；如果指的是千位分隔，请写成 ${p.alternative}。`,
  },
  labels_generated: {
    'en': () => 'The numbers had no labels, so they are numbered 1, 2, 3, ...',
    'zh-CN': () => '这些数字没有名称，已按 1、2、3…… 编号。',
  },
  unknown_function: {
    'en': p => `The formula uses an unknown function "${p.name}". Known functions: ${p.known}.`,
    'zh-CN': p => `公式中的函数 “${p.name}” 无法识别。可用的函数：${p.known}。`,
  },
  unknown_symbol: {
    'en': p => `The formula uses an unknown name "${p.name}"; use x as the variable.`,
    'zh-CN': p => `公式中的 “${p.name}” 无法识别，请用 x 作为自变量。`,
  },
  bad_domain: {
    'en': () => 'The range of x must go from a smaller number to a larger one.',
    'zh-CN': () => 'x 的范围必须从较小的数到较大的数。',
  },
  no_values: {
    'en': () => 'The formula gives no real values in this range of x.',
    'zh-CN': () => '在这个 x 范围内，公式没有实数值。',
  },
  default_domain: {
    'en': p => `No range was given, so x goes from ${p.from} to ${p.to}.`,
    'zh-CN': p => `没有给出范围，x 取 ${p.from} 到 ${p.to}。`,
  },
} satisfies Record<string, Texts>

export type InlineMessageCode = keyof typeof texts

export function inlineMessage(code: InlineMessageCode, lang: Lang, params: Params = {}): string {
  return (texts[code] as Texts)[lang](params)
}

export function inlineError(code: InlineMessageCode, lang: Lang, params: Params = {}): EngineError {
  return { code, message: inlineMessage(code, lang, params) }
}

export function inlineWarning(
  code: InlineMessageCode, lang: Lang, params: Params = {},
): EngineWarning {
  return { code, message: inlineMessage(code, lang, params), params }
}

/** The language of a prompt that did not say: Chinese when it holds Han characters. */
export function promptLang(prompt: string): Lang {
  return /\p{Script=Han}/u.test(prompt) ? 'zh-CN' : 'en'
}
