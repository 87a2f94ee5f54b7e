// Tables pasted into the prompt: Markdown, tab-separated blocks copied from Excel or Sheets,
// or CSV lines, with the request written above or below them.
import Papa from 'papaparse'
import { readTableFromText, splitMarkdownRow } from '../read/index'
import { parseNumber } from '../profile/numbers'
import type { Lang } from '../types'
import { inlineError } from './messages'
import type { InlineResult } from './types'

interface Block {
  start: number
  end: number
  cells: number[]
}

const markdownSeparator = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/

function cellCounts(lines: string[], delimiter: string): number[] {
  if (delimiter === '|') return lines.map(l => splitMarkdownRow(l).length)
  return lines.map(l => Papa.parse<string[]>(l, { delimiter }).data[0]?.length ?? 0)
}

/** The longest run of lines holding the delimiter; a line ending in ":" introduces, not joins. */
function longestRun(lines: string[], delimiter: string): Block | null {
  let best: Block | null = null
  let start = 0
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i]
    const inside = line !== undefined && line.includes(delimiter) && !/[:：]\s*$/.test(line)
    if (inside) continue
    if (i - start >= 2 && (!best || i - start > best.end - best.start)) {
      best = { start, end: i, cells: cellCounts(lines.slice(start, i), delimiter) }
    }
    start = i + 1
  }
  return best
}

/** Drops lines at either edge whose cell count differs from the header's: prose, not data. */
function trimEdges(block: Block): Block {
  let { start, end, cells } = block
  const mode = (counts: number[]) => {
    const tally = new Map<number, number>()
    for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1)
    return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0]
  }
  const common = mode(cells)
  while (cells.length > 2 && cells[0] !== common) {
    cells = cells.slice(1)
    start++
  }
  while (cells.length > 2 && cells[cells.length - 1]! < common) {
    cells = cells.slice(0, -1)
    end--
  }
  return { start, end, cells }
}

function findBlock(lines: string[]): Block | null {
  const md = longestRun(lines, '|')
  if (md && lines.slice(md.start, md.end).some(l => markdownSeparator.test(l))) {
    const sep = lines.findIndex((l, i) => i > md.start && markdownSeparator.test(l))
    const cells = md.cells.filter((_, i) => md.start + i !== sep)
    return { ...md, cells }
  }
  for (const delimiter of ['\t', ',', ';']) {
    const run = longestRun(lines, delimiter)
    if (run) return trimEdges(run)
  }
  return null
}

// TODO(#4): tables aligned with spaces only (copied from a terminal or PDF) are not found.
export function extractTable(prompt: string, lang: Lang): InlineResult | null {
  const lines = prompt.split(/\r?\n/)
  if (lines.length < 2) return null
  const block = findBlock(lines)
  if (!block) return null

  const expected = block.cells[0]!
  const bad = block.cells.findIndex(c => c !== expected)
  if (bad > 0) {
    const params = { row: bad + 1, found: block.cells[bad]!, expected }
    return { kind: 'error', error: inlineError('mixed_row_lengths', lang, params) }
  }
  const table = readTableFromText(lines.slice(block.start, block.end).join('\n'))
  if (!table || table.rows.length === 0) return null
  // Prose with a comma on each line looks like CSV; a table worth charting has numbers.
  const hasNumber = table.rows.some(r => Object.values(r).some(v => parseNumber(String(v))))
  if (!hasNumber) return null
  const rest = [...lines.slice(0, block.start), ...lines.slice(block.end)]
  const instruction = rest.join(' ').replace(/\s+/g, ' ').replace(/[:：]\s*$/, '').trim()
  return { kind: 'table', table, instruction, warnings: [] }
}
