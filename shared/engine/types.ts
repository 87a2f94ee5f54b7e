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
  /** Numbers written with a decimal comma ("1.234,5"), as in most of Europe. */
  decimalComma?: boolean
}

// ---- Prompt understanding: what the engine read in a prompt and the chart it settled on ----

export type Aggregate = 'count' | 'sum' | 'mean' | 'median' | 'min' | 'max' | 'distinct'

export type ChartKind =
  | 'bar' | 'histogram' | 'line' | 'area' | 'point' | 'arc' | 'donut'
  | 'heatmap' | 'boxplot' | 'tick'

export type TimeUnit =
  | 'year' | 'quarter' | 'month' | 'yearmonth' | 'yearmonthdate' | 'day' | 'date' | 'hours'

export type SortOrder = 'ascending' | 'descending'

export type FilterValue = string | number | boolean

/** One row filter, compiled to a Vega-Lite field predicate (never an expression string). */
export interface FilterSpec {
  field: string
  op: 'equal' | 'oneOf' | 'lt' | 'lte' | 'gt' | 'gte' | 'range'
  value: FilterValue | FilterValue[]
  /** Keep the rows that do NOT match ("except Japan"). */
  not?: boolean
  /** Compare on a part of a date ("since 2000" on a date field compares years). */
  timeUnit?: TimeUnit
}

/** The chart the engine settled on; editing one property and rebuilding is how chips work. */
export interface ChartIntent {
  chart?: ChartKind
  x?: string
  y?: string
  /** Aggregate of the measure (y, or theta for arcs, color for heatmaps). */
  aggregate?: Aggregate
  color?: string
  facet?: string
  /** Time unit applied to the temporal field on x. */
  timeUnit?: TimeUnit
  filters: FilterSpec[]
  sort?: { by: 'x' | 'y'; order: SortOrder }
  top?: { n: number; order: SortOrder }
  layout?: 'stacked' | 'grouped' | 'normalized'
  /** Categories on the vertical axis (bars grow to the right). */
  horizontal?: boolean
}

export type MentionKind =
  | 'field' | 'value' | 'chart' | 'aggregate' | 'filter' | 'sort' | 'timeUnit'
  | 'group' | 'top' | 'layout' | 'axis' | 'color' | 'facet' | 'negation' | 'swap'

/** A piece of the prompt and what it was read as: the UI shows these as editable chips. */
export interface Mention {
  kind: MentionKind
  /** Span in the ORIGINAL prompt. */
  span: Span
  text: string
  /** Field name, aggregate, chart kind, sort order, ... depending on kind. */
  value: string
  field?: string
  /** Fuzzy or partial match: shown with a question mark. */
  guessed?: boolean
  /** Other fields the words could also mean. */
  alternatives?: string[]
}

export interface Understood {
  prompt: string
  mentions: Mention[]
  intent: ChartIntent
}

export interface EngineState {
  intent: ChartIntent
  prompts: string[]
  lang: Lang
}
