import { z } from 'zod'
import { buildPublicChart, publicChartSource } from '../../../charts/public'
import { isRenderError } from '../../../render'
import type { PublicChart } from '../../../../shared/types/api'

const Query = z.object({ lang: z.enum(['en', 'zh-CN']).default('en'), v: z.coerce.number().int().optional() })

// Payload of the public page. Visibility is checked on every call; the rendered part is cached per
// chart version and language, and a new version gets a new key.
export default defineEventHandler(async (event): Promise<PublicChart> => {
  const { lang } = await getValidatedQuery(event, Query.parse)
  const source = await publicChartSource(event, getRouterParam(event, 'slug')!)
  const key = `public-chart:${source.chart.id}:${source.version}:${lang}:${source.chart.updatedAt}`
  const { cache } = useStorages()
  let page = await cache.getItem<PublicChart>(key)
  if (!page) {
    page = await buildPublicChart(source, lang).catch((error: unknown) => {
      // A saved spec the renderer refuses (a file URL, over a limit): say so, like /c/<slug>.svg.
      if (!isRenderError(error)) throw error
      throw createError({
        statusCode: 422, statusMessage: 'Chart cannot be rendered', data: { code: error.code, message: error.localized(lang) },
      })
    })
    await cache.setItem(key, page, { ttl: 24 * 3600 })
  }
  event.waitUntil?.(useDb().repos.charts.incrementViews(source.chart.id))
  return { ...page, visibility: source.chart.visibility }
})
