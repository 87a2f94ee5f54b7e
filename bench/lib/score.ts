// nvBench scoring, as /work/shared/bench/README.md section 1 "Intended scoring" defines it.

export interface GoldChannel {
  field?: string
  aggregate?: string
  timeUnit?: string
}

export interface Gold {
  mark: 'bar' | 'arc' | 'line' | 'point'
  x: GoldChannel
  y: GoldChannel
  color?: GoldChannel
}

type Channel = { field?: unknown; aggregate?: unknown; timeUnit?: unknown } | undefined

export interface Got {
  mark: string
  x?: GoldChannel
  y?: GoldChannel
  color?: GoldChannel
}

/** The parts of a spec that scoring looks at; arcs map color → x and theta → y like gold. */
export function extract(spec: Record<string, unknown>): Got {
  const rawMark = spec.mark as string | { type: string }
  const mark = typeof rawMark === 'string' ? rawMark : rawMark.type
  const enc = (spec.encoding ?? {}) as Record<string, Channel>
  const pick = (c: Channel): GoldChannel | undefined => c && {
    field: c.field as string | undefined,
    aggregate: c.aggregate as string | undefined,
    timeUnit: c.timeUnit as string | undefined,
  }
  if (mark === 'arc') return { mark, x: pick(enc.color), y: pick(enc.theta) }
  return { mark, x: pick(enc.x), y: pick(enc.y), color: pick(enc.color) }
}

export function markMatches(gold: Gold, got: Got): boolean {
  if (gold.mark === 'point') return ['point', 'tick', 'circle', 'square'].includes(got.mark)
  return got.mark === gold.mark
}

function yMatches(gold: GoldChannel, got?: GoldChannel): boolean {
  if (!got) return false
  if (gold.aggregate === 'count') return got.aggregate === 'count'
  return got.field === gold.field && (got.aggregate ?? undefined) === gold.aggregate
}

function xMatches(gold: GoldChannel, got?: GoldChannel): boolean {
  if (!got || got.field !== gold.field) return false
  return !gold.timeUnit || got.timeUnit === gold.timeUnit
}

export function exactMatches(gold: Gold, got: Got): boolean {
  if (!markMatches(gold, got)) return false
  if (gold.color && got.color?.field !== gold.color.field) return false
  const straight = xMatches(gold.x, got.x) && yMatches(gold.y, got.y)
  if (straight || gold.mark !== 'point') return straight
  return xMatches(gold.x, got.y) && yMatches(gold.y, got.x)
}
