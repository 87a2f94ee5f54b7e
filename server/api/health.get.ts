// Checks each backing service: database, file storage and cache. 503 when any of them fails.
async function check(run: () => Promise<unknown>): Promise<{ ok: boolean; ms: number; error?: string }> {
  const start = performance.now()
  try {
    await run()
    return { ok: true, ms: Math.round(performance.now() - start) }
  }
  catch (error) {
    return { ok: false, ms: Math.round(performance.now() - start), error: (error as Error).message.slice(0, 200) }
  }
}

export default defineEventHandler(async (event) => {
  const { files, cache } = useStorages()
  const db = useDb()
  const probe = `health/${process.pid}`
  const [database, storage, cacheCheck] = await Promise.all([
    check(() => db.ping()),
    check(async () => { await files.setItem(probe, Date.now()); await files.removeItem(probe) }),
    check(async () => { await cache.setItem(probe, Date.now()); await cache.getItem(probe) }),
  ])
  const ok = database.ok && storage.ok && cacheCheck.ok
  setResponseStatus(event, ok ? 200 : 503)
  setResponseHeader(event, 'cache-control', 'no-store')
  return { ok, dialect: db.dialect, database, storage, cache: cacheCheck }
})
