import { SLUG_PATTERN } from '../charts/public'

const LANG_COOKIE = 'wanwu_lang'
const CACHED_PAGE = new RegExp(`^/(?:c|embed)/${SLUG_PATTERN}(?:\\?|$)`)

// Public chart pages are cached per language and cookies (the route rules in nuxt.config.ts).
// On a visitor's first page the i18n module sets its language cookie, and a response that sets a
// cookie is never cached; on these pages the language comes from Accept-Language instead and the
// browser stores the cookie after hydration.
export default defineNitroPlugin((nitro) => {
  nitro.hooks.hook('render:response', (_response, { event }) => {
    if (!CACHED_PAGE.test(event.path)) return
    const sent = parseCookies(event)
    const res = event.node.res
    const cookies = [res.getHeader('set-cookie') ?? []].flat().map(String)
    if (!sent[LANG_COOKIE] && cookies.length) {
      const kept = cookies.filter(c => !c.startsWith(`${LANG_COOKIE}=`))
      if (kept.length) res.setHeader('set-cookie', kept)
      else res.removeHeader('set-cookie')
    }
    res.setHeader('vary', 'Accept-Language, Cookie')
  })
})
