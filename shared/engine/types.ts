// Shared types of the prompt engine. Framework-free: used by the server, the browser and the CLI.

export type FieldType = 'quantitative' | 'temporal' | 'nominal' | 'ordinal'

/** A value as read from a file, before profiling decides what it means. */
export type RawValue = string | number | boolean | null

export type Row = Record<string, unknown>

/** A table as read from a file or a paste: column order kept, values raw. */
export interface Table {
  columns: string[]
  rows: Row[]
}

export interface FieldProfile {
  name: string
  type: FieldType
  /** Number of distinct non-missing values. */
  cardinality: number
  missing: number
  min?: number | string
  max?: number | string
  /** A few distinct sample values, as normalized values. */
  samples: unknown[]
  /** Looks like a key: unique per row, not worth charting as a measure. */
  idLike: boolean
  /** How raw values are turned into typed ones (see profile/normalize). */
  parse: 'number' | 'percent' | 'currency' | 'year' | 'date' | 'month' | 'text' | 'boolean'
  /** For nominal/ordinal fields with few values: all distinct values (capped). */
  values?: string[]
}

export interface Profile {
  rowCount: number
  fields: FieldProfile[]
}

/** Character span in the prompt, [start, end). */
export interface Span {
  start: number
  end: number
}

export type Lang = 'en' | 'zh-CN'

/** Something the engine ignored, guessed or found ambiguous; the UI and tests read these. */
export interface EngineWarning {
  code: string
  /** Message in the requested language. */
  message: string
  span?: Span
  params?: Record<string, string | number>
}

/** A Vega-Lite spec as plain JSON (kept loose so the module has no compile-time vega-lite dependency). */
export type VegaLiteSpec = Record<string, unknown>

export interface Candidate {
  spec: VegaLiteSpec
  /** 0..1 */
  confidence: number
  mark: string
}

export interface EngineError {
  code: string
  message: string
  suggestions?: string[]
}

// Facts added by the profile phase. A second declaration merges into FieldProfile above,
// so the original declaration stays as it is and every field here is optional.
export interface FieldProfile {
  /** Quantitative field with a few distinct small integers (cylinders 3..8). */
  discrete?: boolean
  /** Natural order of an ordinal field (months, weekdays, quarters) or the order the user gave. */
  order?: string[]
  /** Finest time unit the raw values carry, for temporal fields. */
  granularity?: 'year' | 'month' | 'day' | 'datetime'
  /** Day/month order of slash dates such as 3/4/2024 (month first unless a day exceeds 12). */
  dateOrder?: 'mdy' | 'dmy'
}
