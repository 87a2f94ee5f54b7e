// Messages for files that cannot be read, in every language the product speaks.
import type { Lang } from '../types'

export type ReadErrorCode =
  | 'empty'
  | 'unsupported_format'
  | 'too_many_rows'
  | 'malformed'
  | 'sheet_not_found'
  | 'encoding'

type Params = Record<string, string | number>

const messages: Record<ReadErrorCode, Record<Lang, (p: Params) => string>> = {
  empty: {
    'en': () => 'The file holds no data rows.',
    'zh-CN': () => '文件中没有数据行。',
  },
  unsupported_format: {
    'en': p => `Files of type "${p.format}" are not supported; use CSV, TSV, JSON or XLSX.`,
    'zh-CN': p => `不支持 “${p.format}” 类型的文件，请使用 CSV、TSV、JSON 或 XLSX。`,
  },
  too_many_rows: {
    'en': p => `The file has more than ${p.max} rows.`,
    'zh-CN': p => `文件超过 ${p.max} 行。`,
  },
  malformed: {
    'en': p => `The file could not be parsed as ${p.format}: ${p.detail}.`,
    'zh-CN': p => `无法按 ${p.format} 解析该文件：${p.detail}。`,
  },
  sheet_not_found: {
    'en': p => `The workbook has no sheet named "${p.sheet}".`,
    'zh-CN': p => `工作簿中没有名为 “${p.sheet}” 的工作表。`,
  },
  encoding: {
    'en': () => 'The text encoding is not UTF-8, UTF-16 or GB18030.',
    'zh-CN': () => '文本编码不是 UTF-8、UTF-16 或 GB18030。',
  },
}

export function readMessage(code: ReadErrorCode, lang: Lang, params: Params = {}): string {
  return messages[code][lang](params)
}

/** Thrown when bytes cannot become a table; `code` is stable, `message` is English. */
export class ReadError extends Error {
  readonly code: ReadErrorCode
  readonly params: Params

  constructor(code: ReadErrorCode, params: Params = {}) {
    super(`[read] ${readMessage(code, 'en', params)}`)
    this.name = 'ReadError'
    this.code = code
    this.params = params
  }

  /** The message without the subsystem prefix, for people. */
  localized(lang: Lang): string {
    return readMessage(this.code, lang, this.params)
  }
}
