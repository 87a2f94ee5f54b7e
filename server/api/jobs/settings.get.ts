import { jobRowThreshold, useLlmConfig } from '../../jobs/service'

// What the editor needs to choose between an instant answer and a job it follows.
export default defineEventHandler(() => {
  const llm = useLlmConfig()
  return { model: Boolean(llm.provider), mode: llm.mode, jobRows: jobRowThreshold() }
})
