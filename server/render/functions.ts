import { RenderError } from './errors'
import type { RenderLimits } from './options'

type Fn = (...args: unknown[]) => unknown

// Longest text `pad` may build; labels never need more.
const MAX_PAD = 10_000

/**
 * Shadows expression functions that can allocate without bound in a single call, where no
 * deadline check can interrupt them: `sequence(0, 1e9)` would build a billion-element array.
 * The shadows live on one view's function table, so other views are unaffected.
 */
export function limitExpressionFunctions(
  functions: Record<string, Fn>, limits: RenderLimits,
): void {
  const { sequence, pad } = functions
  if (sequence) {
    functions.sequence = function (this: unknown, ...args: unknown[]) {
      const [a = 0, b, c = 1] = args.map(Number)
      const [start, stop] = b === undefined ? [0, a] : [a, b]
      const count = Math.ceil((stop - start) / c)
      if (!(count <= limits.maxRows)) {
        throw new RenderError('too_large', `sequence over ${limits.maxRows} values`)
      }
      return sequence.apply(this, args)
    }
  }
  if (pad) {
    functions.pad = function (this: unknown, ...args: unknown[]) {
      if (Number(args[1]) > MAX_PAD) throw new RenderError('too_large', 'padding too long')
      return pad.apply(this, args)
    }
  }
}
