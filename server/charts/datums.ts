// The rows the chart's main marks were drawn from (after aggregation), read from a finished view.
type Row = Record<string, unknown>

interface SceneNode {
  marktype?: string
  role?: string
  items?: SceneNode[]
  datum?: Row
}

const SKIPPED = new Set(['group', 'text', 'rule'])

function firstMark(node: SceneNode | undefined): SceneNode | undefined {
  if (!node) return undefined
  if (node.marktype && !SKIPPED.has(node.marktype) && node.role === 'mark') return node
  for (const child of node.items ?? []) {
    const found = firstMark(child)
    if (found) return found
  }
  return undefined
}

export function markDatums(view: { scenegraph(): { root: SceneNode } }, max = 5000): Row[] {
  const mark = firstMark(view.scenegraph().root)
  return (mark?.items ?? []).slice(0, max).map(item => item.datum ?? {})
}
