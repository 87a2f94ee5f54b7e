import type { Cue } from '../lexicon/keywords'
import { FILLERS, STOPWORDS } from '../lexicon/stopwords'
import type { Aggregate, ChartKind, MentionKind, SortOrder, TimeUnit } from '../types'

interface Given {
  role: Role
  aggregate?: Aggregate
  sumIfNumeric?: boolean
}

const LISTING = new Set(['list', 'show', 'display', 'arrange', 'present', 'bars', 'it', 'them'])

const SUPERLATIVES = new Set<Aggregate>(['min', 'max'])
import { readFilter } from './filters'
import type { Reading, Role } from './reading'
import type { FieldItem, Item } from './scan'
import type { Token } from './tokens'

/** Walk the scanned items left to right; cue words give roles to the fields that follow. */
export class Parser {
  readonly r: Reading = {
    roles: [], aggregates: [], tasks: [], filters: [], swap: false, replace: false,
    add: false, negated: false, mentions: [], ignored: [],
  }
  /** Item index → role given by a cue before it. */
  private assigned = new Map<number, Given>()
  private whereClause: 'strict' | 'loose' | undefined
  private neg = false

  constructor(readonly items: Item[], readonly tokens: Token[], readonly prompt: string) {}

  parse(): Reading {
    for (let k = 0; k < this.items.length; k++) k = this.step(k)
    return this.r
  }

  mention(kind: MentionKind, k: number, value: string, extra: object = {}): number {
    const item = this.items[k]!
    const last = this.items[k]!.to - 1
    const span = { start: this.tokens[item.from]!.start, end: this.tokens[last]!.end }
    this.r.mentions.push({ kind, span, text: this.prompt.slice(span.start, span.end), value, ...extra })
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

  /** Next field item within reach, giving it a role. */
  claim(k: number, role: Role, aggregate?: Aggregate, skip = 3, extra: object = {}) {
    let j = this.next(k, skip)
    // "by major genres Location_Code": unknown words may sit between a cue and its field.
    for (let hops = 0; j !== undefined && hops < 2 && this.items[j]!.kind === 'word'; hops++) {
      j = this.next(j, 1)
    }
    if (j === undefined || this.items[j]!.kind !== 'field' || this.assigned.has(j)) return undefined
    // "average song rating", "each decor type": of nouns in a row, the one naming a field
    // exactly wins, else the last (the head noun); the others only qualify it.
    const run = [j]
    while (this.items[run.at(-1)! + 1]?.kind === 'field'
      && this.items[run.at(-1)! + 1]!.from === this.items[run.at(-1)!]!.to) run.push(run.at(-1)! + 1)
    const exact = run.filter((i) => !(this.items[i] as FieldItem).guessed)
    // "each employee's salary", Chinese "各股票价格": the group is the first noun (the owner);
    // the rest is said about it and stays a field of its own.
    const first = this.tokens[this.items[j]!.to - 1]!
    const owner = first.kind === 'cjk' || /'s?$/.test(this.prompt.slice(first.start, first.end))
    if (owner && role === 'group' && run.length > 1) {
      this.assigned.set(j, { role, aggregate, ...extra })
      return j
    }
    j = exact.length === 1 ? exact[0]! : run.at(-1)!
    for (const i of run) if (i !== j) this.assigned.set(i, { role: 'modifier' })
    this.assigned.set(j, { role, aggregate, ...extra })
    return j
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
    // "dates with a max temperature higher than 85": a compared field is a condition.
    const compared = filterNext && this.items[this.next(after!, 1) ?? -1]?.kind === 'num'
    if (given?.role === 'measure' && compared && this.hasCue(after, 'cmp')) given = { role: 'filter' }
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
    if (role === 'filter' || filterNext) return readFilter(this, k, this.neg, item.field)
    return k
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
    if (top && beforeNum) return this.onTop(k, top.value as SortOrder, nextItem!)
    if ((has('cmp') || has('between')) && (beforeNum || this.items[nextItem ?? -1]?.kind === 'value')) {
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
        return this.onAggregate(k, cue.value as Aggregate)
      case 'group': case 'color': case 'facet': case 'over': case 'bin':
        return this.onRoleCue(k, cue.kind === 'bin' ? 'over' : cue.kind)
      case 'axis':
        return this.onAxis(k, cue.value as 'x' | 'y')
      case 'unit':
        return this.onUnit(k, cue.value as TimeUnit | 'auto')
      case 'dir':
        this.sortClause = true
        this.r.sort = { ...this.r.sort, order: cue.value as SortOrder }
        this.mention('sort', k, cue.value)
        return k
      case 'sort':
        return this.onSort(k)
      case 'neg':
        this.neg = true
        this.r.negated = true
        this.mention('negation', k, 'not')
        return k
      case 'where':
        this.whereClause = ['where', 'whose', 'who', '其中'].includes(this.text(k)) ? 'strict' : 'loose'
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

  private onAggregate(k: number, op: Aggregate): number {
    const byThe = this.afterSortWords(k) && this.dirAhead(k)
    if ((this.sortClause && this.afterSortWords(k)) || byThe) {
      // "order by the total number": the bars' values, not a new aggregate.
      this.r.sort = { ...this.r.sort, by: 'y', aggregate: op }
      this.mention('sort', k, 'y')
      const j = this.next(k, 3)
      if (j !== undefined && this.items[j]!.kind === 'field') this.assigned.set(j, { role: 'sort' })
      return k
    }
    const prev = this.items[k - 1]
    if (SUPERLATIVES.has(op) && (prev?.kind === 'num' || this.hasCue(k - 1, 'top'))) return k
    if (SUPERLATIVES.has(op) && this.claimBack(k, op)) return k
    const total = op === 'count' && this.text(k).startsWith('total')
    const j = this.claim(k, 'measure', op, 4, total ? { sumIfNumeric: true } : {})
    // "the largest countries" ranks rows; only "largest <field>" is an aggregate.
    if (j === undefined && SUPERLATIVES.has(op)) return k
    if (j === undefined) this.r.aggregates.push(op)
    this.mention('aggregate', k, op)
    return k
  }

  private sortClause = false

  // "How old is the youngest person": the superlative qualifies a field said just before.
  private claimBack(k: number, op: Aggregate): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const item = this.items[j]!
      if (item.kind === 'field') {
        const role = this.r.roles.find((r) => r.item === j)
        if (!role || role.role !== 'plain') return false
        role.role = 'measure'
        role.aggregate = op
        this.mention('aggregate', k, op)
        return true
      }
      if (item.kind !== 'word') return false
    }
    return false
  }

  /** "show by the total number in asc": a listing verb, "by", and a direction later on. */
  private dirAhead(k: number): boolean {
    let by = k
    while (by > 0 && this.text(by) !== 'by') by--
    if (by === 0 || !LISTING.has(this.text(by - 1))) return false
    for (let j = k + 1; j < this.items.length; j++) {
      const item = this.items[j]!
      if (item.kind === 'punct') return false
      if (item.kind === 'cue' && item.cues.some((c) => c.kind === 'dir')) return true
    }
    return false
  }

  private afterSortWords(k: number): boolean {
    for (let j = k - 1; j >= 0; j--) {
      const item = this.items[j]!
      if (item.kind === 'word' && FILLERS.has(this.tokens[item.from]!.text)) continue
      if (item.kind !== 'cue') return false
      return item.cues.some((c) => c.kind === 'sort' || c.kind === 'dir')
        || this.text(j) === 'by'
    }
    return false
  }

  private onRoleCue(k: number, role: Role): number | undefined {
    const sorting = this.sortClause || this.dirAhead(k)
    if (role === 'group' && sorting && this.text(k) === 'by') role = 'sort'
    const j = this.claim(k, role)
    if (j === undefined) return this.roleAfter(k, role)
    // "by island and species": both fields group the rows.
    const link = this.next(j, 0)
    if (role === 'group' && link !== undefined && this.hasCue(link, 'and')) this.claim(link, role, undefined, 0)
    if (role === 'sort') {
      this.r.sort = { ...this.r.sort, field: (this.items[j] as FieldItem).field }
      return k
    }
    const kind = role === 'color' || role === 'facet' ? role : 'group'
    this.mention(kind, k, role)
    return k
  }

  // Chinese puts the verb last: "按天气着色" colors by the field 按 already took as a group.
  private roleAfter(k: number, role: Role): number | undefined {
    if (role !== 'color' && role !== 'facet') return undefined
    const previous = this.r.roles.find((r) => r.item === k - 1 && r.role === 'group')
    if (!previous) return undefined
    previous.role = role
    this.mention(role, k, role)
    return k
  }

  private onAxis(k: number, axis: 'x' | 'y'): number {
    const prev = this.items[k - 1]
    const prevSort = prev?.kind === 'cue' && prev.cues.some((c) => c.kind === 'sort')
      || (prev?.kind === 'word' && this.hasCue(k - 2, 'sort'))
    if (prevSort || this.r.sort?.by === undefined && this.sortPending) {
      this.r.sort = { ...this.r.sort, by: axis }
      this.sortPending = false
      this.mention('sort', k, axis)
      return k
    }
    if (this.claim(k, axis, undefined, 4) !== undefined) this.mention('axis', k, axis)
    return k
  }

  private sortPending = false

  private onSort(k: number): number {
    this.sortPending = true
    this.sortClause = true
    this.mention('sort', k, 'sort')
    const j = this.next(k, 4)
    if (j === undefined) return k
    const item = this.items[j]!
    if (item.kind === 'field' && !this.assigned.has(j)) this.assigned.set(j, { role: 'sort' })
    if (this.hasCue(j, 'agg')) {
      this.r.sort = { ...this.r.sort, by: 'y' }
      this.mention('sort', j, 'y')
      return j
    }
    return k
  }

  private onUnit(k: number, unit: TimeUnit | 'auto'): number {
    const prev = this.items[k - 1]
    if (prev?.kind === 'num') return k
    this.r.timeUnit = unit
    this.mention('timeUnit', k, unit)
    return k
  }

  private onTop(k: number, order: SortOrder, j: number): number {
    const item = this.items[j]!
    if (item.kind !== 'num' || typeof item.value !== 'number') return k
    if (!Number.isInteger(item.value) || item.value <= 0) return k
    this.r.top = { n: item.value, order }
    this.mention('top', k, `${order === 'descending' ? 'top' : 'bottom'} ${item.value}`)
    const after = this.next(j, 1)
    if (after !== undefined && this.text(after) === '名') return after
    return j
  }
}
