import type { H3Event } from 'h3'
import { z } from 'zod'
import { SLUG_PATTERN, chartDatasets, publicChartSource, selfContainedSpec } from '../charts/public'
import { recordRenderCache } from '../metrics'
import { isRenderError, renderChart } from '../render'

// Permanent image and data URLs of a chart: /c/<slug>.svg, .png, .json and .csv (`?v=N` pins a
// version). Handled here because a page route owns /c/<slug>.
const FILE_PATH = new RegExp(`^/c/(${SLUG_PATTERN})\\.(svg|png|json|csv)$`)

const ImageQuery = z.object({
  width: z.coerce.number().int().min(100).max(4000).optional(),
  height: z.coerce.number().int().min(100).max(4000).optional(),
  theme: z.enum(['light', 'dark']).default('light'),
  lang: z.enum(['en', 'zh-CN']).default('en'),
})

function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap(r => Object.keys(r)))]
  const cell = (v: unknown) => {
    const s = v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return [columns.map(cell).join(','), ...rows.map(r => columns.map(c => cell(r[c])).join(','))].join('\n') + '\n'
}

/** Answers 304 when the client holds this version (a list of tags, or `*`, is allowed). */
function notModified(event: H3Event, etag: string): boolean {
  const held = getRequestHeader(event, 'if-none-match')
  if (!held) return false
  const tags = held.split(',').map(tag => tag.trim().replace(/^W\//, ''))
  if (!tags.includes(etag) && !tags.includes('*')) return false
  setResponseStatus(event, 304)
  return true
}

export default defineEventHandler(async (event) => {
  const match = FILE_PATH.exec(event.path.split('?')[0]!)
  if (!match) return
  const [, slug, ext] = match as unknown as [string, string, 'svg' | 'png' | 'json' | 'csv']
  const source = await publicChartSource(event, slug)
  setResponseHeader(event, 'access-control-allow-origin', '*')
  setResponseHeader(event, 'cache-control', 'public, max-age=300, stale-while-revalidate=86400')

  if (ext === 'json' || ext === 'csv') {
    const etag = `"${source.chart.id}-${source.version}-${ext}"`
    setResponseHeader(event, 'etag', etag)
    if (notModified(event, etag)) return null
    const spec = await selfContainedSpec(source)
    if (ext === 'json') {
      // As text, so server/plugins/41.public-compression.ts sees its type and compresses it.
      setResponseHeader(event, 'content-type', 'application/json; charset=utf-8')
      return JSON.stringify(spec)
    }
    setResponseHeader(event, 'content-type', 'text/csv; charset=utf-8')
    const values = (spec.data as { values?: Record<string, unknown>[] } | undefined)?.values ?? []
    return toCsv(values)
  }

  const query = await getValidatedQuery(event, ImageQuery.parse)
  try {
    const image = await renderChart(
      { spec: source.spec, datasets: await chartDatasets(source), format: ext, ...query },
      {
        cache: useStorages().cache, onCache: recordRenderCache,
        datasetsKey: source.dataKey ?? 'inline', cacheKeyExtra: `${source.chart.id}:${source.version}`,
      },
    )
    setResponseHeader(event, 'etag', image.etag)
    if (notModified(event, image.etag)) return null
    setResponseHeader(event, 'content-type', image.contentType)
    return image.body
  }
  catch (error) {
    if (isRenderError(error)) throw createError({ statusCode: 422, statusMessage: 'Chart cannot be rendered', data: { code: error.code, message: error.message } })
    throw error
  }
})
