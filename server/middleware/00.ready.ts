// Requests that arrive while the database is still migrating wait for it instead of failing.
export default defineEventHandler(async () => {
  await startServices()
})
