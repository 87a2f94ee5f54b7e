import { defineStore } from 'pinia'
import type { Candidate } from '~~/shared/engine/types'
import type { DatasetDetail, GenerateResponse, Visibility } from '~~/shared/types/api'

type Row = Record<string, unknown>

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

  const candidates = computed<Candidate[]>(() => (result.value?.ok ? result.value.specs : []))

  async function useDataset(id: string | null) {
    dataset.value = id ? await $fetch<DatasetDetail>(`/api/datasets/${id}`) : null
    rows.value = id ? await $fetch<Row[]>(`/api/datasets/${id}/rows`) : undefined
  }

  async function run(nextPrompts: string[], lang: string) {
    busy.value = true
    try {
      const response = await $fetch<GenerateResponse>('/api/generate', {
        method: 'POST',
        body: { datasetId: dataset.value?.id, prompts: nextPrompts, lang },
      })
      result.value = response
      if (response.ok) {
        prompts.value = nextPrompts
        selected.value = 0
        spec.value = response.specs[0]?.spec ?? null
        if (!title.value) title.value = nextPrompts[0]!.slice(0, 120)
      }
    }
    finally {
      busy.value = false
    }
  }

  function choose(index: number) {
    selected.value = index
    spec.value = candidates.value[index]?.spec ?? spec.value
  }

  function reset() {
    prompts.value = []
    result.value = null
    spec.value = null
    chartId.value = null
    slug.value = null
    version.value = 0
    title.value = ''
    description.value = ''
  }

  return {
    dataset, rows, prompts, result, selected, spec, busy, chartId, slug, version, title, description,
    visibility, candidates, useDataset, run, choose, reset,
  }
})
