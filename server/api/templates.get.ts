import type { TemplateItem } from '../../shared/types/api'

export default defineEventHandler(async (): Promise<TemplateItem[]> => {
  const { templates, datasets } = useDb().repos
  const samples = new Map((await datasets.listSamples()).map(d => [d.slug, d.id]))
  return (await templates.list())
    .filter(t => samples.has(t.datasetSlug))
    .map(t => ({
      id: t.id,
      datasetId: samples.get(t.datasetSlug)!,
      titleEn: t.titleEn,
      titleZh: t.titleZh,
      promptEn: t.promptEn,
      promptZh: t.promptZh,
    }))
})
