// Samples y = f(x) densely where the curve bends and sparsely where it is straight, and
// leaves gaps (null) where f is undefined or shoots off to infinity (1/x at 0, tan at pi/2).
export interface Point {
  x: number
  y: number | null
}

const INITIAL = 101
const PASSES = 6
const MAX_POINTS = 1600

const round = (n: number) => Number(n.toPrecision(12))

/** Spread of the middle 90% of values: the scale on which "a visible bend" is judged. */
function spread(ys: (number | null)[]): { low: number; high: number } {
  const finite = ys.filter((y): y is number => y !== null).sort((a, b) => a - b)
  if (finite.length === 0) return { low: 0, high: 0 }
  const at = (q: number) => finite[Math.min(finite.length - 1, Math.floor(q * finite.length))]!
  return { low: at(0.05), high: at(0.95) }
}

function refine(points: Point[], f: (x: number) => number | null, tolerance: number): Point[] {
  const out: Point[] = [points[0]!]
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!, b = points[i]!
    const x = round((a.x + b.x) / 2)
    const y = f(x)
    const oneMissing = (a.y === null) !== (b.y === null)
    const bends = a.y !== null && b.y !== null && y !== null
      && Math.abs(y - (a.y + b.y) / 2) > tolerance
    if (oneMissing || bends || (y === null) !== (a.y === null)) out.push({ x, y })
    out.push(b)
  }
  return out
}

export function sampleFunction(f: (x: number) => number | null, from: number, to: number): Point[] {
  const step = (to - from) / (INITIAL - 1)
  let points: Point[] = Array.from({ length: INITIAL }, (_, i) => {
    const x = round(from + i * step)
    return { x, y: f(x) }
  })
  const initial = spread(points.map(p => p.y))
  const tolerance = Math.max(initial.high - initial.low, 1e-9) * 0.002
  for (let pass = 0; pass < PASSES && points.length < MAX_POINTS; pass++) {
    const next = refine(points, f, tolerance)
    if (next.length === points.length) break
    points = next
  }

  // Values far outside the bulk of the evenly spaced samples are poles (refinement crowds
  // points next to them, so only the even grid says what "the bulk" is): hide them.
  const { low, high } = initial
  const margin = Math.max(high - low, 1e-9) * 3
  return points.map(p => (p.y !== null && (p.y < low - margin || p.y > high + margin)
    ? { x: p.x, y: null }
    : p))
}
