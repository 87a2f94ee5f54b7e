import type { Cue } from '../lexicon/keywords'
import { FILLERS, STOPWORDS } from '../lexicon/stopwords'
import type { Aggregate, ChartKind, MentionKind, SortOrder, TimeUnit } from '../types'
import {
  onAggregate, onAxis, onRoleCue, onSort, onTop, onUnit,
} from './cues'
import { claimField } from './claim'
import { readFilter } from './filters'
import type { Reading, Role } from './reading'
import type { FieldIndex } from './field-index'
import type { FieldItem, Item } from './scan'
import type { Token } from './tokens'

export interface Given {
  role: Role
  aggregate?: Aggregate
  sumIfNumeric?: boolean
}

const COMPARING = new Set<Cue['kind']>(['cmp', 'between', 'and', 'neg'])
const TIME_CMP = new Set(['since', 'after', 'before'])

/** Words after which every field belongs to a condition until the clause ends. */
const STRICT_WHERE = new Set(['where', 'whose', 'who', '其中'])

/** Walk the scanned items left to right; cue words give roles to the fields that follow. */
export class Parser {
  readonly r: Reading = {
    roles: [], aggregates: [], tasks: [], filters: [], swap: false, replace: false,
    add: false, negated: false, dropped: [], mentions: [], ignored: [],
  }
  // Parse state, shared with the cue handlers (./cues). Clause flags end at punctuation.
  /** Item index → role given by a cue before it. */
  readonly assigned = new Map<number, Given>()
  whereClause: 'strict' | 'loose' | undefined
  neg = false
  /** A sort or direction word was seen in this clause. */
  sortClause = false
  /** A sort word still waits for what to sort by. */
  sortPending = false

  constructor(
    readonly items: Item[], readonly tokens: Token[], readonly prompt: string,
    readonly index?: FieldIndex,
  ) {}

  parse(): Reading {
    for (let k = 0; k < this.items.length; k++) k = this.step(k)
    return this.r
  }

  mention(kind: MentionKind, k: number, value: string, extra: object = {}): number {
    const item = this.items[k]!
    const last = this.items[k]!.to - 1
    const span = { start: this.tokens[item.from]!.start, end: this.tokens[last]!.end }
    const text = this.prompt.slice(span.start, span.end)
    this.r.mentions.push({ kind, span, text, value, ...extra })
    return this.r.mentions.length - 1
  }

  /** Next item index after k, skipping filler words; stops at punctuation. */
  next(k: number, skip = 3): number | undefined {
    for (let j = k + 1; j < this.items.length && j <= k + 1 + skip; j++) {
      const item = this.items[j]!
      if (item.kind === 'punct') return undefined
      if (item.kind === 'word' && FILLERS.has(this.tokens[item.from]!.text)) continue
      if (item.kind === 'cue' && item.cues.some((c) => c.kind === 'where' && j > k + 1)) continue
      return j
    }
    return undefined
  }

  /** Next field item within reach, giving it a role (see ./claim). */
  claim(k: number, role: Role, aggregate?: Aggregate, skip = 3, extra: object = {}) {
    return claimField(this, k, { role, aggregate, ...extra }, skip)
  }

  hasCue(k: number | undefined, kind: Cue['kind']): Cue | undefined {
    const item = k === undefined ? undefined : this.items[k]
    return item?.kind === 'cue' ? item.cues.find((c) => c.kind === kind) : undefined
  }

  private step(k: number): number {
    const item = this.items[k]!
    switch (item.kind) {
      case 'punct':
        this.whereClause = undefined
        this.neg = false
        this.sortClause = false
        return k
      case 'field':
        return this.onField(k, item)
      case 'cue':
        return this.onCue(k, item.cues)
      case 'word':
        if (!STOPWORDS.has(this.tokens[item.from]!.text)) this.ignore(k)
        return k
      default:
        return readFilter(this, k, this.neg, undefined)
    }
  }

  private ignore(k: number): void {
    const item = this.items[k]!
    const span = { start: this.tokens[item.from]!.start, end: this.tokens[item.to - 1]!.end }
    const text = this.prompt.slice(span.start, span.end)
    this.r.ignored.push({ kind: 'field', span, text, value: '' })
  }

  private onField(k: number, item: FieldItem): number {
    let given = this.assigned.get(k)
    const after = this.next(k, 2)
    const topNext = this.hasCue(after, 'top') !== undefined
    const filterNext = !topNext
      && ['cmp', 'neg', 'between'].some((c) => this.hasCue(after, c as Cue['kind']))
      || ['value', 'quote', 'num'].includes(this.items[after ?? -1]?.kind ?? '')
    if (!given && (this.whereClause === 'strict' || (this.whereClause && filterNext))) {
      given = { role: 'filter' }
    }
    // "dates with a max temperature higher than 85": a compared field is a condition. But the
    // condition belongs to another field (settled in choose) when this one cannot be compared so:
    // text with a number ("the number of names between 2009 and 2011"), or anything but a date
    // with "since" ("price since 2006"). The field then keeps its own role.
    const compared = this.comparedTo(k)
    const timeCmp = TIME_CMP.has(this.hasCue(after, 'cmp')?.value ?? '') && !this.isTime(item.field)
    const otherField = (compared && this.isText(item.field)) || timeCmp
    if (given?.role === 'measure' && compared && !otherField) given = { role: 'filter' }
    if (!given && this.hasCue(after, 'axis') && this.axisAfter(k, after!)) return after!
    const role = given?.role ?? 'plain'
    const mention = this.mention('field', k, item.field, {
      field: item.field, guessed: item.guessed || undefined,
      alternatives: item.alternatives.length > 0 ? item.alternatives : undefined,
    })
    this.r.roles.push({
      field: item.field, role, aggregate: given?.aggregate, mention, item: k,
      ...(given?.sumIfNumeric ? { sumIfNumeric: true } : {}),
    })
    if (role === 'sort') this.r.sort = { ...this.r.sort, field: item.field }
    if (role === 'filter' || filterNext) {
      const end = readFilter(this, k, this.neg, otherField ? undefined : item.field)
      // "气缸数超过4的汽车": the field was only the condition's subject, not a column to chart.
      const own = this.r.filters.at(-1)?.field === item.field
      if (end > k && role === 'plain' && own) this.r.roles.at(-1)!.role = 'filter'
      return end
    }
    return k
  }

  private isTime(field: string): boolean {
    const profile = this.index?.fields.get(field)?.profile
    return profile?.type === 'temporal' || profile?.parse === 'year'
  }

  private isText(field: string): boolean {
    const profile = this.index?.fields.get(field)?.profile
    return profile?.type === 'nominal' && profile.parse === 'text'
  }

  /** The field is followed by a comparison and a number: "was higher than 85". */
  private comparedTo(k: number): boolean {
    let seen = false
    for (let j = k + 1; j < this.items.length && j <= k + 5; j++) {
      const item = this.items[j]!
      if (item.kind === 'num') return seen
      const cue = item.kind === 'cue' && item.cues.some((c) => COMPARING.has(c.kind))
      if (cue) seen = true
      else if (item.kind !== 'word') return false
    }
    return false
  }

  // "hp on the x axis": the axis words come after the field.
  private axisAfter(k: number, j: number): boolean {
    const between = this.items.slice(k + 1, j)
    const ok = between.every((i) => i.kind === 'word'
      && ['on', 'as', 'the', 'in', 'along'].includes(this.tokens[i.from]!.text))
    if (!ok || between.length === 0) return false
    const axis = this.hasCue(j, 'axis')!.value as 'x' | 'y'
    const item = this.items[k] as FieldItem
    const mention = this.mention('field', k, item.field, { field: item.field })
    this.r.roles.push({ field: item.field, role: axis, mention, item: k })
    this.mention('axis', j, axis)
    return true
  }

  private onCue(k: number, cues: Cue[]): number {
    const has = (kind: Cue['kind']) => cues.find((c) => c.kind === kind)
    const nextItem = this.next(k, 1)
    const beforeNum = nextItem !== undefined && this.items[nextItem]!.kind === 'num'
    const top = has('top')
    if (top && beforeNum) return onTop(this, k, top.value as SortOrder, nextItem!)
    const beforeValue = beforeNum || this.items[nextItem ?? -1]?.kind === 'value'
    if ((has('cmp') || has('between')) && beforeValue) {
      return readFilter(this, k, this.neg, undefined)
    }
    for (const cue of cues) {
      const done = this.applyCue(k, cue)
      if (done !== undefined) return done
    }
    return k
  }

  /** Returns the last item consumed when the cue was understood, undefined to try the next. */
  private applyCue(k: number, cue: Cue): number | undefined {
    switch (cue.kind) {
      case 'chart':
        if (!this.r.chart || this.r.replace) this.r.chart = cue.value as ChartKind
        this.mention('chart', k, cue.value)
        return k
      case 'agg':
        return onAggregate(this, k, cue.value as Aggregate)
      case 'group': case 'color': case 'facet': case 'over': case 'bin':
        return onRoleCue(this, k, cue.kind === 'bin' ? 'over' : cue.kind)
      case 'axis':
        return onAxis(this, k, cue.value as 'x' | 'y')
      case 'unit':
        return onUnit(this, k, cue.value as TimeUnit | 'auto')
      case 'dir':
        this.sortClause = true
        this.r.sort = { ...this.r.sort, order: cue.value as SortOrder }
        this.mention('sort', k, cue.value)
        return k
      case 'sort':
        return onSort(this, k)
      case 'neg':
        this.neg = true
        this.r.negated = true
        this.mention('negation', k, 'not')
        return k
      case 'where':
        this.whereClause = STRICT_WHERE.has(this.text(k)) ? 'strict' : 'loose'
        return k
      case 'layout':
        this.r.layout = cue.value as 'stacked'
        this.mention('layout', k, cue.value)
        return k
      case 'swap':
        this.r.swap = true
        this.mention('swap', k, 'swap')
        return k
      case 'replace': this.r.replace = true; return k
      case 'reset': this.r.reset = true; return k
      case 'add': this.r.add = true; return k
      case 'task': this.r.tasks.push(cue.value); return k
      default:
        return undefined
    }
  }

  text(k: number): string {
    const item = this.items[k]!
    return this.tokens.slice(item.from, item.to).map((t) => t.text).join(' ')
  }












}
