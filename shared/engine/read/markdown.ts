// Markdown pipe tables, as pasted from chat tools and READMEs:
// | a | b |
// |---|---|
// | 1 | 2 |
import type { Table } from '../types'
import { tableFromCells } from './headers'

const separatorCell = /^:?-{1,}:?$/

export function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/).map(c => c.replace(/\\\|/g, '|').trim())
}

/** Parses the first Markdown table found in the lines; null when there is none. */
export function parseMarkdownTable(text: string): Table | null {
  const lines = text.split(/\r?\n/)
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.includes('|')) continue
    const sep = splitRow(lines[i + 1]!)
    if (sep.length === 0 || !sep.every(c => separatorCell.test(c))) continue
    const header = splitRow(lines[i]!)
    const body: string[][] = []
    for (let j = i + 2; j < lines.length && lines[j]!.includes('|'); j++) {
      body.push(splitRow(lines[j]!))
    }
    if (body.length === 0) return null
    return tableFromCells(header, body)
  }
  return null
}
