import { defineStore } from 'pinia'
import type { Candidate, ChartIntent, EngineState } from '~~/shared/engine/types'
import type {
  DatasetDetail, GenerateResponse, GenerationSettings, JobProgress, JobUpdate, Visibility,
} from '~~/shared/types/api'

type Row = Record<string, unknown>
type Body = Record<string, unknown>

const DRAFT_KEY = 'wanwu:editor-draft'

/** The editor's working state: data, the conversation, the chosen spec and the chart's metadata. */
export const useEditorStore = defineStore('editor', () => {
  const dataset = ref<DatasetDetail | null>(null)
  const rows = ref<Row[] | undefined>()
  const prompts = ref<string[]>([])
  const result = ref<GenerateResponse | null>(null)
  const selected = ref(0)
  const spec = ref<Record<string, unknown> | null>(null)
  const busy = ref(false)
  const chartId = ref<string | null>(null)
  const slug = ref<string | null>(null)
  const version = ref(0)
  const title = ref('')
  const description = ref('')
  const visibility = ref<Visibility>('public')
  const tags = ref<string[]>([])
  // Slow generations (a model call, a big table) run as jobs followed over Server-Sent Events.
  const generation = ref<GenerationSettings | null>(null)
  const signedIn = ref(false)
  const progress = ref<JobProgress | null>(null)
  const jobId = ref<string | null>(null)
  let stopJob: (() => void) | undefined

  const candidates = computed<Candidate[]>(() => (result.value?.ok ? result.value.specs : []))
  const viaJob = computed(() => {
    const settings = generation.value
    if (!import.meta.client || !signedIn.value || !settings) return false
    return settings.model || (dataset.value?.rowCount ?? 0) > settings.jobRows
  })

  async function useDataset(id: string | null) {
    dataset.value = id ? await $fetch<DatasetDetail>(`/api/datasets/${id}`) : null
    rows.value = id ? await $fetch<Row[]>(`/api/datasets/${id}/rows`) : undefined
  }

  // States after each prompt, so a follow-up refines the chart as it stands (chip edits included)
  // and undo steps back one prompt.
  const history = ref<EngineState[]>([])

  function accept(response: GenerateResponse, nextPrompts: string[]) {
    result.value = response
    if (!response.ok) return
    prompts.value = nextPrompts
    selected.value = 0
    spec.value = response.specs[0]?.spec ?? null
    if (!title.value) title.value = nextPrompts[0]!.slice(0, 120)
  }

  /**
   * Runs `prompt` as a follow-up of the current chart, or as a first request. `useModel` asks
   * the language model whatever the engine's confidence (always a job, it may be slow).
   * True when a chart came back; false when it failed or was cancelled.
   */
  async function ask(
    prompt: string, lang: string, options: { useModel?: boolean } = {},
  ): Promise<boolean> {
    busy.value = true
    try {
      const previous = dataset.value ? history.value.at(-1) : undefined
      const body = {
        datasetId: dataset.value?.id,
        // With a dataset the engine continues from the previous state; inline data is re-read.
        prompts: previous ? [prompt] : [...prompts.value, prompt],
        previous,
        lang,
        ...(options.useModel ? { useModel: true } : {}),
      }
      const response = viaJob.value || options.useModel
        ? await runJob(body, lang)
        : await $fetch<GenerateResponse>('/api/generate', { method: 'POST', body })
      if (!response) return false
      accept(response, [...prompts.value, prompt])
      // TODO(#7): after a model answer, a typed follow-up continues from the engine's reading,
      // not from the model's chart (a chip edit does start from the model's fields).
      if (response.ok) history.value.push(response.state as EngineState)
      return response.ok
    }
    finally {
      busy.value = false
    }
  }

  /** Queues the request and follows its stages; null when it was cancelled. */
  async function runJob(body: Body, lang: string): Promise<GenerateResponse | null> {
    progress.value = { state: 'queued' }
    try {
      const job = await $fetch<{ id: string }>('/api/jobs', { method: 'POST', body })
      jobId.value = job.id
      return await followJob(job.id, lang)
    }
    catch (error) {
      // A refused submission (rate limit, prompt too long) carries a translated reason.
      const reason = (error as { data?: { data?: { code?: string; message?: string } } }).data?.data
      if (!reason?.message) throw error
      return { ok: false, error: { code: reason.code ?? 'failed', message: reason.message } }
    }
    finally {
      jobId.value = null
      progress.value = null
    }
  }

  function followJob(id: string, lang: string): Promise<GenerateResponse | null> {
    return new Promise((resolve) => {
      const events = new EventSource(`/api/jobs/${id}/events?lang=${encodeURIComponent(lang)}`)
      const end = (response: GenerateResponse | null) => {
        events.close()
        stopJob = undefined
        resolve(response)
      }
      stopJob = () => end(null)
      const read = (event: Event) => JSON.parse((event as MessageEvent).data) as JobUpdate
      const onChange = (event: Event) => {
        const job = read(event)
        progress.value = { state: job.state, stage: job.stage }
      }
      events.addEventListener('queued', onChange)
      events.addEventListener('running', onChange)
      events.addEventListener('done', event => end(read(event).result ?? null))
      events.addEventListener('failed', (event) => {
        const { error } = read(event)
        end({ ok: false, error: error ?? { code: 'failed', message: '' } })
      })
      events.addEventListener('cancelled', () => end(null))
      // The browser reconnects by itself after a dropped connection; a refused one ends here.
      events.onerror = () => {
        if (events.readyState !== EventSource.CLOSED) return
        $fetch<JobUpdate>(`/api/jobs/${id}`, { query: { lang } })
          .then(job => end(job.result ?? { ok: false, error: job.error ?? { code: 'failed', message: '' } }))
          .catch(() => end({ ok: false, error: { code: 'failed', message: '' } }))
      }
    })
  }

  /** Stops the running job; the conversation stays as it was. */
  async function cancel() {
    const id = jobId.value
    stopJob?.()
    // A job that finished meanwhile has nothing left to stop.
    // (The path is widened to a string: typed routes see only the GET handler of /api/jobs/:id.)
    if (id) await $fetch(`/api/jobs/${id}` as string, { method: 'DELETE' }).catch(() => {})
  }

  /** Reruns the whole conversation, e.g. on another dataset. */
  async function rerun(lang: string) {
    const all = prompts.value
    prompts.value = []
    history.value = []
    for (const p of all) await ask(p, lang)
  }

  function undo() {
    if (history.value.length < 2) return
    history.value.pop()
    prompts.value = prompts.value.slice(0, -1)
    const state = history.value.at(-1)!
    if (dataset.value) applyIntent(state.intent, false)
  }

  /** A chip edit: same prompts, a changed intent, rebuilt in the browser. */
  async function applyIntent(intent: ChartIntent, record = true) {
    const current = result.value
    if (!dataset.value || !current?.ok) return
    const { specFromIntent } = await import('~~/shared/engine/choose')
    const state = { ...(history.value.at(-1) as EngineState), intent }
    const specs = specFromIntent(intent, dataset.value.profile, state.lang)
    // The engine drew this one, even when the model drew the one before.
    const understood = { ...(current.understood as object), intent }
    result.value = { ...current, specs, state, understood, engine: 'rules', fallback: false }
    if (record) history.value.splice(history.value.length - 1, 1, state)
    selected.value = 0
    spec.value = specs[0]?.spec ?? null
  }

  /**
   * Live preview while typing: the engine runs in the browser on the loaded rows. Nothing is
   * committed to the conversation until the prompt is sent.
   */
  async function preview(draft: string, lang: string) {
    const text = draft.trim()
    if (!dataset.value || !rows.value || text.length < 3) return
    const { generate } = await import('~~/shared/engine')
    const table = { columns: dataset.value.profile.fields.map(f => f.name), rows: rows.value }
    const previous = history.value.at(-1)
    const answer = generate({
      table, profile: dataset.value.profile, lang: lang as 'en' | 'zh-CN',
      prompts: [text], previous,
    })
    if (answer.ok && answer.specs[0]) spec.value = answer.specs[0].spec
  }

  /** Rows typed into the prompt (numbers, a pasted table, formula samples), if the chart has any. */
  const inlineTable = computed(() => {
    const current = result.value
    return !dataset.value && current?.ok ? current.table ?? null : null
  })

  /**
   * Saves the prompt's own rows as a dataset through the ordinary upload, then makes the chart
   * refer to it: the same intent, rebuilt on the dataset, so follow-ups and chips work on it.
   */
  async function saveInlineDataset(name: string): Promise<string | null> {
    const table = inlineTable.value
    const current = result.value
    if (!table || !current?.ok) return null
    const form = new FormData()
    const file = new Blob([JSON.stringify(table.rows)], { type: 'application/json' })
    form.append('file', file, `${name.replace(/\s+/g, ' ').trim().slice(0, 60) || 'values'}.json`)
    const created = await $fetch<{ id: string }>('/api/datasets', { method: 'POST', body: form })
    await useDataset(created.id)
    const { specFromIntent } = await import('~~/shared/engine/choose')
    const state = current.state as EngineState
    // TODO(#4): labels kept in typed order ("oranges, apples") fall back to the dataset's order.
    const specs = specFromIntent(state.intent, dataset.value!.profile, state.lang)
    result.value = { ...current, specs, table: undefined }
    history.value = [state]
    selected.value = 0
    spec.value = specs[0]?.spec ?? null
    return created.id
  }

  function choose(index: number) {
    selected.value = index
    spec.value = candidates.value[index]?.spec ?? spec.value
  }

  /** Keeps the unsaved chart in this tab while its author goes to sign in to save it. */
  function stashDraft() {
    const draft = {
      datasetId: dataset.value?.id ?? null, prompts: prompts.value, result: result.value,
      history: history.value, selected: selected.value, spec: spec.value, title: title.value,
      description: description.value, visibility: visibility.value, tags: tags.value,
    }
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft))
    }
    catch {
      // Storage full or off: signing in then starts from an empty editor, as it always did.
    }
  }

  /** Puts back the chart stashed before signing in, once, if it was made on this dataset. */
  function restoreDraft(datasetId: string | null): boolean {
    const raw = import.meta.client ? sessionStorage.getItem(DRAFT_KEY) : null
    if (!raw) return false
    sessionStorage.removeItem(DRAFT_KEY)
    try {
      const draft = JSON.parse(raw)
      if (draft.datasetId !== datasetId || !draft.spec) return false
      prompts.value = draft.prompts
      result.value = draft.result
      history.value = draft.history
      selected.value = draft.selected
      spec.value = draft.spec
      title.value = draft.title
      description.value = draft.description
      visibility.value = draft.visibility
      tags.value = draft.tags
      return true
    }
    catch {
      return false
    }
  }

  function reset() {
    prompts.value = []
    history.value = []
    result.value = null
    spec.value = null
    chartId.value = null
    slug.value = null
    version.value = 0
    title.value = ''
    description.value = ''
    tags.value = []
  }

  return {
    dataset, rows, prompts, result, selected, spec, busy, chartId, slug, version, title, description,
    visibility, tags, candidates, history, inlineTable, generation, signedIn, progress, jobId, viaJob,
    useDataset, ask, cancel, rerun, undo, applyIntent, preview, saveInlineDataset, choose, reset,
    stashDraft, restoreDraft,
  }
})
