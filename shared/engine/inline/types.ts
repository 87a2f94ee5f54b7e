import type { EngineError, EngineWarning, Table } from '../types'

export type InlineResult =
  | {
    kind: 'numbers' | 'table' | 'formula'
    table: Table
    /** What is left of the prompt once the data is taken out: what to do with the table. */
    instruction: string
    warnings: EngineWarning[]
  }
  | { kind: 'error'; error: EngineError }
