import { z } from 'zod'
import { SLUG_PATTERN, publicChartSource } from '../charts/public'

const CHART_URL = new RegExp(`/c/(${SLUG_PATTERN})(?:$|[?#])`)

const Query = z.object({
  url: z.string().url().max(500),
  maxwidth: z.coerce.number().int().min(200).max(2000).default(640),
  maxheight: z.coerce.number().int().min(150).max(2000).default(420),
  format: z.literal('json').default('json'),
})

// oEmbed (https://oembed.com) for chart pages: an iframe of the embed page.
export default defineEventHandler(async (event) => {
  const query = await getValidatedQuery(event, Query.parse)
  const slug = CHART_URL.exec(query.url)?.[1]
  if (!slug) throw createError({ statusCode: 404, statusMessage: 'Not a chart URL' })
  const { chart } = await publicChartSource(event, slug)
  const { siteUrl } = useAppSettings()
  const src = `${siteUrl}/embed/${chart.slug}`
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Wanwu',
    provider_url: siteUrl,
    title: chart.title,
    author_name: chart.ownerName,
    author_url: `${siteUrl}/u/${chart.ownerName}`,
    width: query.maxwidth,
    height: query.maxheight,
    thumbnail_url: `${siteUrl}/c/${chart.slug}.png`,
    html: `<iframe src="${src}" width="${query.maxwidth}" height="${query.maxheight}" style="border:0" loading="lazy" title="${chart.title.replace(/[&<>"]/g, c => `&#${c.charCodeAt(0)};`)}"></iframe>`,
  }
})
