// The rows the chart's main marks were drawn from (after aggregation), read from a finished view.
type Row = Record<string, unknown>

interface SceneNode {
  name?: string
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

/** Every instance of one mark: a line per series is one mark drawn once in each series' group. */
function sameMarks(node: SceneNode, name: string | undefined, found: SceneNode[]): SceneNode[] {
  if (node.marktype && node.role === 'mark' && node.name === name) found.push(node)
  else for (const child of node.items ?? []) sameMarks(child, name, found)
  return found
}

export function markDatums(view: { scenegraph(): { root: SceneNode } }, max = 5000): Row[] {
  const root = view.scenegraph().root
  const mark = firstMark(root)
  if (!mark) return []
  const marks = mark.name ? sameMarks(root, mark.name, []) : [mark]
  return marks.flatMap(m => m.items ?? []).slice(0, max).map(item => item.datum ?? {})
}
