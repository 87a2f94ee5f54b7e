import { profileTable } from '../../../shared/engine/profile'
import type { Table } from '../../../shared/engine/types'

const REGIONS = ['North', 'South', 'East', 'West']

/** Forty sales rows; every amount is distinct, so leaked rows are easy to spot. */
export const salesTable: Table = {
  columns: ['region', 'month', 'amount'],
  rows: Array.from({ length: 40 }, (_, i) => ({
    region: REGIONS[i % 4],
    month: `2024-${String((i % 12) + 1).padStart(2, '0')}-01`,
    amount: 7001 + i,
  })),
}

export const salesProfile = profileTable(salesTable)

export const goodSpec = {
  mark: 'bar',
  encoding: {
    x: { field: 'region', type: 'nominal' },
    y: { field: 'amount', type: 'quantitative', aggregate: 'sum' },
  },
}
