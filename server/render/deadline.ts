import { expressionInterpreter } from 'vega-interpreter'
import { RenderError } from './errors'

type AnyFn = (...args: unknown[]) => unknown

// Reading the clock on every expression call would cost more than many expressions do.
const CALLS_PER_CHECK = 512

/** A render's time budget, checked at points the render passes through often. */
export class Deadline {
  private readonly end: number
  private calls = 0

  constructor(readonly ms: number) {
    this.end = performance.now() + ms
  }

  check(): void {
    if (performance.now() > this.end) throw new RenderError('timeout', `over ${this.ms} ms`)
  }

  tick(): void {
    if (++this.calls % CALLS_PER_CHECK === 0) this.check()
  }
}

/**
 * vega-interpreter's expression evaluator with a deadline check in every compiled function,
 * so per-datum work (filters, formulas, encodings) stops once the budget is spent.
 */
export function interpreterWithDeadline(deadline: Deadline): typeof expressionInterpreter {
  const wrap = <F extends AnyFn>(make: (ctx: unknown, expr: unknown) => F) =>
    (ctx: unknown, expr: unknown): F => {
      const fn = make(ctx, expr)
      return ((...args: unknown[]) => {
        deadline.tick()
        return fn(...args)
      }) as F
    }
  const base = expressionInterpreter as unknown as Record<string, (c: unknown, e: unknown) => AnyFn>
  return {
    operator: wrap(base.operator!),
    parameter: wrap(base.parameter!),
    event: wrap(base.event!),
    handler: wrap(base.handler!),
    encode: wrap(base.encode!),
  } as unknown as typeof expressionInterpreter
}

interface Operator { run?: (pulse: unknown) => unknown }

// TODO(#5): one long-running operator (a force simulation with many iterations, a density
// estimate over a million rows) is only stopped once it returns; rendering in a worker thread
// that can be terminated would make the time limit hard.
/**
 * Checks the deadline before each dataflow operator runs. vega catches what an operator throws
 * and logs it, so the timeout surfaces through the view's logger.
 */
export function guardOperators(nodes: Record<string, Operator>, deadline: Deadline): void {
  for (const op of Object.values(nodes)) {
    // The context also holds non-operator entries (scales, bound signals' helpers).
    if (typeof op?.run !== 'function') continue
    const run = op.run.bind(op)
    op.run = (pulse) => {
      deadline.check()
      return run(pulse)
    }
  }
}
