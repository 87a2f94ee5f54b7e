// Public charts only: unlisted and private ones never appear here.
const escapeXml = (s: string) => s.replace(/[<>&'"]/g, c => `&#${c.charCodeAt(0)};`)

export default defineEventHandler(async (event) => {
  const { siteUrl } = useAppSettings()
  const charts = await useDb().repos.charts.listPublicForSitemap()
  const urls = [
    `<url><loc>${escapeXml(siteUrl)}/</loc></url>`,
    `<url><loc>${escapeXml(siteUrl)}/gallery</loc></url>`,
    ...charts.map(c => `<url><loc>${escapeXml(`${siteUrl}/c/${c.slug}`)}</loc><lastmod>${new Date(c.updatedAt).toISOString()}</lastmod></url>`),
  ]
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  setResponseHeader(event, 'cache-control', 'public, max-age=300')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
})
