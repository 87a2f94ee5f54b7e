// vega-datasets sample tables (from node_modules) for the engine tests.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Row, Table } from '../../../../shared/engine/types'

const DATA = fileURLToPath(new URL('../../../../node_modules/vega-datasets/data/', import.meta.url))

export function sampleTable(file: string): Table {
  const text = readFileSync(DATA + file, 'utf8')
  if (file.endsWith('.json')) {
    const rows = JSON.parse(text) as Row[]
    return { columns: Object.keys(rows[0]!), rows }
  }
  const [head, ...lines] = text.trim().split(/\r?\n/)
  const columns = head!.split(',')
  const rows = lines.map((line) => {
    const values = line.split(',')
    return Object.fromEntries(columns.map((c, i) => [c, values[i]]))
  })
  return { columns, rows }
}
