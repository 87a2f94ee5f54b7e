import * as vega from 'vega'
import type { LoggerInterface, View } from 'vega'

interface SceneNode {
  items?: SceneNode[]
}

/** Counts scenegraph items, stopping once past `limit` so a huge scene costs no more. */
export function countItems(view: View, limit: number): number {
  let count = 0
  const scene = view.scenegraph() as unknown as { root: SceneNode }
  const stack: SceneNode[] = [scene.root]
  while (stack.length && count <= limit) {
    const node = stack.pop()!
    for (const child of node.items ?? []) {
      count++
      stack.push(child)
    }
  }
  return count
}

/**
 * The size vega gives the rendered canvas: the view plus its padding. vega computes this from
 * the private `_viewWidth`/`_viewHeight` fields, so the same fields are read here.
 */
export function viewSize(view: View): { width: number, height: number } {
  const inner = view as unknown as { _viewWidth: number, _viewHeight: number }
  const pad = view.padding() as { left: number, right: number, top: number, bottom: number }
  return {
    width: Math.max(0, inner._viewWidth + pad.left + pad.right),
    height: Math.max(0, inner._viewHeight + pad.top + pad.bottom),
  }
}

type LogHandler = (method: string, level: string, args: unknown[]) => void
const makeLogger = vega.logger as unknown as
  (level: number, method: undefined, handler: LogHandler) => LoggerInterface

/**
 * A vega logger that keeps errors for the caller instead of printing them: vega reports
 * failures inside the dataflow (including thrown limits) only through its logger.
 */
export function captureLogger(errors: unknown[]): LoggerInterface {
  return makeLogger(vega.Error, undefined, (_method, _level, args) => {
    errors.push(args.find(arg => arg instanceof Error) ?? args[0])
  })
}
