// https://nuxt.com/docs/api/configuration/nuxt-config
import { existsSync, readdirSync } from 'node:fs'
import type { Nitro, NitroConfig } from 'nitropack'
import { SAMPLES } from './server/db/seeds/samples'

const PUBLIC_PAGE_CACHE = { swr: true, maxAge: 60, varies: ['accept-language', 'cookie'] }

export default defineNuxtConfig({
  compatibilityDate: '2026-11-01',
  devtools: { enabled: false },
  telemetry: false,
  modules: [
    '@nuxt/eslint',
    '@nuxt/ui',
    '@pinia/nuxt',
    '@nuxtjs/i18n',
    '@sidebase/nuxt-auth',
    'h3-compression/nuxt',
  ],
  css: ['~/assets/css/main.css'],
  compression: {
    // gzip: h3-compression's brotli runs at quality 11, ~50 ms for one 40 KB page, on every hit.
    method: 'gzip',
    // Files from public/ are Nitro's (pre-compressed when large): compressing them again keeps
    // their original Content-Length, and clients then wait for bytes that never come. Public
    // chart pages and files are compressed once per ETag (server/plugins/41.public-compression).
    exclude: ['/_nuxt', '/__nuxt', '/c/', '/embed/',
      ...(existsSync('public') ? readdirSync('public') : []).map(name => `/${name}`)],
  },
  // The app must build and run offline: no remote fonts, icons served from the bundled set.
  fonts: { providers: { google: false, googleicons: false, bunny: false, fontshare: false, fontsource: false, adobe: false }, priority: ['local'] },
  icon: { serverBundle: { collections: ['lucide'] }, clientBundle: { scan: true }, fallbackToApi: false, provider: 'server' },
  i18n: {
    defaultLocale: 'en',
    strategy: 'no_prefix',
    locales: [
      { code: 'en', language: 'en-US', name: 'English', file: 'en.json' },
      { code: 'zh-CN', language: 'zh-CN', name: '简体中文', file: 'zh-CN.json' },
    ],
    detectBrowserLanguage: { useCookie: true, cookieKey: 'wanwu_lang', fallbackLocale: 'en' },
  },
  auth: {
    isEnabled: true,
    originEnvKey: 'AUTH_ORIGIN',
    globalAppMiddleware: false,
    provider: {
      type: 'local',
      endpoints: {
        signIn: { path: '/login', method: 'post' },
        signOut: { path: '/logout', method: 'post' },
        signUp: { path: '/register', method: 'post' },
        getSession: { path: '/session', method: 'get' },
      },
      token: { signInResponseTokenPointer: '/token', cookieName: 'wanwu.token', httpOnlyCookieAttribute: true, sameSiteAttribute: 'lax', secureCookieAttribute: false, maxAgeInSeconds: 60 * 60 * 24 * 30 },
      session: {
        dataType: { id: 'string', email: 'string', name: 'string', locale: 'string', displayName: 'string | null' },
      },
    },
    sessionRefresh: { enableOnWindowFocus: true, enablePeriodically: false },
  },
  runtimeConfig: {
    dataDir: './data',
    databaseUrl: '',
    redisUrl: '',
    authSecret: '',
    s3: { endpoint: '', bucket: '', region: '', accessKeyId: '', secretAccessKey: '' },
    public: { siteUrl: 'http://localhost:3000' },
  },
  routeRules: {
    // Public chart pages are cached briefly, one entry per language and cookie set (a signed-in
    // visitor sees their own menu); saving a chart drops its cached pages
    // (server/utils/public-cache.ts, server/plugins/40.public-pages.ts).
    '/c/**': { cache: PUBLIC_PAGE_CACHE },
    '/embed/**': { cache: PUBLIC_PAGE_CACHE },
  },
  // Typed as Nitro's own config: Nuxt's schema falls back to a narrow type for this key.
  nitro: {
    compressPublicAssets: { gzip: true, brotli: true },
    externals: {
      // Files read at run time by path, so the dependency tracer cannot see them.
      traceInclude: [
        'node_modules/node-source-han-sans-sc/SourceHanSansSC-Regular.otf',
        'node_modules/vega-datasets/build/index.js',
        ...SAMPLES.map(sample => `node_modules/vega-datasets/data/${sample.file}`),
        // exceljs reaches these through get-intrinsic's require(); Node 20.19+ resolves it by the
        // `module-sync` export condition, which the tracer does not follow.
        ...['async-function', 'generator-function', 'async-generator-function']
          .map(name => `node_modules/${name}/require.mjs`),
      ],
    },
    hooks: {
      // The production build applies migrations at start, so it carries them.
      async compiled(nitro: Nitro) {
        const { cp } = await import('node:fs/promises')
        await cp('drizzle', `${nitro.options.output.serverDir}/drizzle`, { recursive: true })
      },
    },
  } satisfies NitroConfig as never,
  typescript: { strict: true },
})
