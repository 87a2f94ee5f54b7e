import { consola } from 'consola'
import { warmSchema } from '../llm'
import { jobRowThreshold, useLlmConfig } from '../jobs/service'

// Fail at start, not on the first request, when a setting is missing or the database is unreachable.
export default defineNitroPlugin(() => {
  if (import.meta.prerender) return
  startServices().then(startModel).catch((error: unknown) => {
    consola.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
})

// The model settings are checked at start too; with a model, its answers' schema compiles now
// rather than on the first answer.
function startModel() {
  const llm = useLlmConfig()
  jobRowThreshold()
  if (!llm.provider) return
  consola.withTag('llm').info(`model ${llm.provider.model}, mode ${llm.mode}`)
  void warmSchema()
}
