// Public chart pages are cached by the `/c/**` and `/embed/**` route rules (see nuxt.config.ts).
// Nitro keys a cached route by the first 16 word characters of its path plus a hash of the full
// URL, so every cached variant of one chart's pages shares a known prefix.
const ROUTE_CACHE = 'nitro:routes:_:'

export async function invalidatePublicChart(slug: string): Promise<void> {
  const storage = useStorage('cache')
  const prefixes = [`c${slug}`, `embed${slug}`].map(p => `${ROUTE_CACHE}${p.slice(0, 16)}`)
  const keys = await storage.getKeys('nitro:routes')
  await Promise.all(keys.filter(k => prefixes.some(p => k.startsWith(p))).map(k => storage.removeItem(k)))
}
