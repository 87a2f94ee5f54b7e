export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  const { siteUrl } = useAppSettings()
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /editor',
    'Disallow: /embed/',
    'Disallow: /me/',
    'Disallow: /account',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    '',
  ].join('\n')
})
