// Nitro copies the runtime config and re-reads the environment for every request that asks for
// it with its event, and the i18n module asks on every request: a third of the server's time
// under load went to reading the environment again. The environment does not change while the
// process runs, so each request gets a plain copy of the config read at start (a copy, because
// nuxt-auth writes its base URL into the request's config).
export default defineNitroPlugin((nitro) => {
  const shared = structuredClone(useRuntimeConfig())
  nitro.hooks.hook('request', (event) => {
    event.context.nitro ??= { errors: [] }
    event.context.nitro.runtimeConfig ??= structuredClone(shared)
  })
})
