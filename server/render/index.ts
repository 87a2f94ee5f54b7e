/**
 * Server-side chart rendering: a Vega-Lite spec in, an SVG or PNG out, with no browser.
 *
 * 1. Options are validated and size limits applied; the cache is asked first.
 * 2. The spec is compiled to Vega with the theme as base config and the chart font forced.
 * 3. The Vega spec is checked statically: data URLs, inline and generated row counts.
 * 4. The dataflow runs in a view with a loader that fetches nothing, expressions evaluated by
 *    vega-interpreter (never generated code) and a deadline checked along the way.
 * 5. The scene is checked (item count, canvas size) and written as SVG, labels measured with
 *    the font's real metrics.
 * 6. For PNG, resvg rasterizes the SVG with the same font; the result is cached.
 */
import type { Storage } from 'unstorage'
import { datasetsDigest, readCached, renderKey, writeCached } from './cache'
import { RenderError } from './errors'
import { loadChartFont } from './font'
import { defaultLimits, parseOptions } from './options'
import type { RenderLimits, RenderOptions, Row } from './options'
import { svgToPng } from './png'
import { renderScene } from './scene'
import { installTextMetrics } from './text-metrics'

export { RenderError, isRenderError } from './errors'
export type { RenderErrorCode } from './errors'
export { defaultLimits } from './options'
export type { RenderLimits, RenderOptions, Row } from './options'
export { resolveFontPath, FONT_FAMILY } from './font'

export interface RenderContext {
  /** Where finished images are kept, keyed by everything that shapes them. */
  cache?: Storage
  /** Extra text folded into the cache key, e.g. a renderer or dataset version. */
  cacheKeyExtra?: string
  /** Told whether the cache answered, for the hit-rate metric. */
  onCache?: (hit: boolean) => void
  /** Stands in for hashing the datasets' rows when the caller already versions them. */
  datasetsKey?: string
  /** Trusted directory serving `data/<file>` URLs. Only for the conformance benchmark. */
  baseDir?: string
  limits?: Partial<RenderLimits>
  /**
   * Called with the finished view, before it is released, to read what was drawn (e.g. the
   * aggregated rows behind the marks). Only cold renders call it: pass no cache to be sure.
   */
  onView?: (view: import('vega').View) => void
}

export interface RenderResult {
  body: string | Uint8Array
  contentType: string
  etag: string
  cached: boolean
  /** Size of the image produced: CSS pixels for SVG, device pixels for PNG. */
  width: number
  height: number
}

const CONTENT_TYPES = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' } as const

export async function renderChart(
  options: RenderOptions, ctx: RenderContext = {},
): Promise<RenderResult> {
  const limits = { ...defaultLimits, ...ctx.limits }
  const opts = parseOptions(options, limits)
  const datasets: Record<string, Row[]> = opts.datasets ?? {}

  const specJson = JSON.stringify(opts.spec)
  if (specJson.length > limits.maxSpecChars) {
    throw new RenderError('too_large', `spec over ${limits.maxSpecChars} characters`)
  }
  const key = renderKey({
    spec: opts.spec,
    data: ctx.datasetsKey ?? datasetsDigest(datasets),
    format: opts.format,
    theme: opts.theme,
    lang: opts.lang,
    size: [opts.width, opts.height, opts.scale],
    background: opts.background,
    extra: ctx.cacheKeyExtra,
    base: ctx.baseDir,
  })
  const etag = `"${key.slice(0, 32)}"`
  const contentType = CONTENT_TYPES[opts.format]

  const hit = ctx.cache && await readCached(ctx.cache, key, opts.format)
  if (ctx.cache) ctx.onCache?.(Boolean(hit))
  if (hit) return { ...hit, contentType, etag, cached: true }

  installTextMetrics(await loadChartFont())
  // vega tags and extends the inline rows it ingests; a parsed copy keeps the caller's spec
  // (and so its cache key) unchanged, and drops anything that is not plain JSON.
  const spec = JSON.parse(specJson) as Record<string, unknown>
  const scene = await renderScene({
    ...opts, spec, datasets, limits, baseDir: ctx.baseDir, onView: ctx.onView,
  })
  const image = opts.format === 'png'
    ? svgToPng(scene.svg, scene, opts.scale)
    : { png: undefined, width: scene.width, height: scene.height }
  const body = image.png ?? scene.svg

  if (ctx.cache) await writeCached(ctx.cache, key, body)
  return { body, contentType, etag, cached: false, width: image.width, height: image.height }
}
