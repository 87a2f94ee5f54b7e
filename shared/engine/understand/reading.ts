import type {
  Aggregate, ChartKind, FilterSpec, Mention, SortOrder, TimeUnit,
} from '../types'

export type Role =
  | 'x' | 'y' | 'group' | 'color' | 'facet' | 'measure' | 'over' | 'sort' | 'filter' | 'plain'
  /** First noun of a compound ("song" in "song rating"): names no channel of its own. */
  | 'modifier'

export interface FieldRole {
  field: string
  role: Role
  aggregate?: Aggregate
  /** "total number of X": a sum when X is numeric, else a count. */
  sumIfNumeric?: boolean
  /** Mention index in Reading.mentions. */
  mention: number
  /** Scanned item index. */
  item?: number
}

/** Filter whose field is not named ("over 100"): the chart's measure or time field decides. */
export interface LooseFilter extends Omit<FilterSpec, 'field'> {
  field?: string
  mention: number
}

/** What one prompt says, before the engine settles on a chart (see choose/resolve). */
export interface Reading {
  roles: FieldRole[]
  /** Aggregates with no field after them ("how many", "count"). */
  aggregates: Aggregate[]
  chart?: ChartKind
  tasks: string[]
  /** 'auto': a time grouping was asked for without saying which ("bin by time"). */
  timeUnit?: TimeUnit | 'auto'
  filters: LooseFilter[]
  /** aggregate: "sorted by total sales" also says the sales are summed. */
  sort?: { by?: 'x' | 'y'; field?: string; order?: SortOrder; aggregate?: Aggregate }
  top?: { n: number; order: SortOrder }
  layout?: 'stacked' | 'grouped' | 'normalized'
  swap: boolean
  replace: boolean
  add: boolean
  /** A negation was read ("remove", "without", "不要"). */
  negated: boolean
  /** "show all again", "清除筛选": the conditions so far are dropped. */
  reset?: boolean
  /** Channels asked to be taken away: "remove the color", "no facets". */
  dropped: ('color' | 'facet')[]
  mentions: Mention[]
  /** Words that meant nothing to the engine. */
  ignored: Mention[]
}
