// Statistics of one column once its meaning is known: typed distinct values, range,
// missing count, and whether it is a key or a small set of integers.
import type { FieldProfile, Table } from '../types'
import type { Classification, Normalized } from './classify'
import type { ColumnValues } from './columns'
import { rawKey } from './columns'
import { isIdName, isMeasureName } from './names'

const MAX_VALUES = 100
const MAX_SAMPLES = 5

function isIncreasing(table: Table, name: string, parser: Classification['parser']): boolean {
  let previous = -Infinity
  for (const row of table.rows) {
    const key = rawKey(row[name])
    const value = key === null ? null : parser(key)
    if (typeof value !== 'number' || value <= previous) return false
    previous = value
  }
  return true
}

export function fieldStats(
  table: Table, name: string, column: ColumnValues, kind: Classification,
): FieldProfile {
  let missing = column.empty
  const byValue = new Map<Normalized, number>()
  for (const [raw, count] of column.counts) {
    const value = kind.parser(raw)
    if (value === null) missing += count
    else byValue.set(value, (byValue.get(value) ?? 0) + count)
  }

  const distinct = [...byValue.keys()]
  const rowCount = table.rows.length
  const present = rowCount - missing
  const field: FieldProfile = {
    name,
    type: kind.type,
    cardinality: distinct.length,
    missing,
    samples: distinct.slice(0, MAX_SAMPLES),
    idLike: false,
    parse: kind.parse,
  }
  if (kind.granularity) field.granularity = kind.granularity
  if (kind.dateOrder) field.dateOrder = kind.dateOrder
  if (kind.decimalComma) field.decimalComma = true
  if (kind.order) field.order = kind.order

  const unique = rowCount > 1 && distinct.length === rowCount && present === rowCount
  if (kind.type === 'quantitative') {
    const numbers = distinct as number[]
    let min = Infinity, max = -Infinity, integers = true
    for (const n of numbers) {
      if (n < min) min = n
      if (n > max) max = n
      if (!Number.isInteger(n)) integers = false
    }
    if (numbers.length > 0) Object.assign(field, { min, max })
    field.discrete = integers && distinct.length <= 10 && min >= -100 && max <= 100
      && rowCount >= distinct.length * 2
    // Row numbers count up densely (1, 2, 3 or 900504, 900505, ...); increasing amounts
    // in a small table (sales 10, 12, 14) are not keys.
    const dense = max - min < rowCount * 2
    field.idLike = unique && integers && (isIdName(name)
      || (dense && !isMeasureName(name) && isIncreasing(table, name, kind.parser)))
  }
  else if (kind.type === 'temporal' && distinct.length > 0) {
    const sorted = (distinct as string[]).slice().sort()
    Object.assign(field, { min: sorted[0], max: sorted[sorted.length - 1] })
  }
  else {
    field.idLike = unique && isIdName(name)
    if (kind.order) field.values = kind.order.slice(0, MAX_VALUES)
    else if (distinct.length <= MAX_VALUES) {
      field.values = [...byValue.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => String(v))
    }
  }
  return field
}
