import * as vega from 'vega'
import { compile } from 'vega-lite'
import type { TopLevelSpec } from 'vega-lite'
import { Deadline, guardOperators, interpreterWithDeadline } from './deadline'
import { RenderError } from './errors'
import { FONT_STACK } from './font'
import { limitExpressionFunctions } from './functions'
import { checkVegaSpec, namedDataRefs } from './guard'
import { createSafeLoader } from './loader'
import { viewLocale } from './locale'
import type { RenderLang } from './messages'
import type { RenderLimits, Row } from './options'
import { themeConfig } from './theme'
import type { ThemeName } from './theme'
import { captureLogger, countItems, viewSize } from './view-utils'

interface Runtime {
  nodes: never
  data: object
  functions: Record<string, (...args: unknown[]) => unknown>
}

export interface SceneInput {
  spec: Record<string, unknown>
  datasets: Record<string, Row[]>
  theme: ThemeName
  lang: RenderLang
  width?: number
  height?: number
  background?: string
  limits: RenderLimits
  baseDir?: string
  onView?: (view: vega.View) => void
}

export interface SceneOutput {
  svg: string
  width: number
  height: number
}

function compileSpec(input: SceneInput): Record<string, unknown> {
  const { spec, width, height, background } = input
  const config = spec.config as Record<string, unknown> | undefined
  const prepared = {
    ...spec,
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(background ? { background } : {}),
    // Only one font is installed for drawing, so it is also the one labels are measured in.
    config: { ...config, font: FONT_STACK },
  } as TopLevelSpec
  try {
    const logger = vega.logger(vega.None)
    return compile(prepared, { config: themeConfig(input.theme), logger }).spec as never
  }
  catch (error) {
    throw new RenderError('invalid_spec', undefined, { cause: error })
  }
}

function supplied(input: SceneInput): Map<string, Row[]> {
  const found = new Map<string, Row[]>()
  const inline = (input.spec.datasets ?? {}) as Record<string, unknown>
  for (const name of namedDataRefs(input.spec)) {
    if (name in inline) continue
    const rows = input.datasets[name]
    if (!rows) throw new RenderError('missing_dataset')
    found.set(name, rows)
  }
  return found
}

/** Phases 2 to 5 of a render: compile, check, run the dataflow and write the SVG. */
export async function renderScene(input: SceneInput): Promise<SceneOutput> {
  try {
    return await runScene(input)
  }
  catch (error) {
    if (error instanceof RenderError) throw error
    throw new RenderError('render_failed', undefined, { cause: error })
  }
}

function parseVega(spec: Record<string, unknown>): vega.Runtime {
  try {
    return vega.parse(spec as vega.Spec, undefined, { ast: true })
  }
  catch (error) {
    throw new RenderError('invalid_spec', undefined, { cause: error })
  }
}

async function runScene(input: SceneInput): Promise<SceneOutput> {
  const { limits } = input
  const deadline = new Deadline(limits.timeoutMs)
  const named = supplied(input)
  const vgSpec = compileSpec(input)
  let rows = 0
  for (const data of named.values()) rows += data.length
  checkVegaSpec(vgSpec, limits, rows, input.baseDir)

  const refusals: RenderError[] = []
  const errors: unknown[] = []
  const view = new vega.View(parseVega(vgSpec), {
    renderer: 'none',
    loader: createSafeLoader({ baseDir: input.baseDir, refusals }) as unknown as vega.Loader,
    expr: interpreterWithDeadline(deadline),
    logger: captureLogger(errors),
  })
  try {
    const locale = viewLocale(input.lang)
    if (locale) view.locale(locale as unknown as vega.LocaleFormatters)
    const runtime = (view as unknown as { _runtime: Runtime })._runtime
    guardOperators(runtime.nodes, deadline)
    limitExpressionFunctions(runtime.functions, limits)
    // Vega tags and sometimes rewrites the rows it ingests; the caller's rows stay untouched.
    for (const [name, data] of named) {
      if (name in runtime.data) view.data(name, data.map(row => ({ ...row })))
    }

    await view.runAsync()
    raiseFirst(refusals, errors)
    deadline.check()
    if (countItems(view, limits.maxItems) > limits.maxItems) {
      throw new RenderError('too_large', `over ${limits.maxItems} marks`)
    }
    const size = viewSize(view)
    if (Math.max(size.width, size.height) > limits.maxSize) {
      throw new RenderError('too_large', `size over ${limits.maxSize} px`)
    }

    input.onView?.(view)
    const svg = await view.toSVG()
    raiseFirst(refusals, errors)
    deadline.check()
    return { svg, ...size }
  }
  finally {
    view.finalize()
  }
}

function raiseFirst(refusals: RenderError[], errors: unknown[]): void {
  if (refusals[0]) throw refusals[0]
  const error = errors[0]
  if (error instanceof RenderError) throw error
  if (error !== undefined) throw new RenderError('render_failed', undefined, { cause: error })
}
