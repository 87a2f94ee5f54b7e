import { recordRenderCache } from '../../../../metrics'
import { renderChart, type Row } from '../../../../render'
import { v1Error } from '../../../../v1/errors'
import { defineV1Handler, readV1Params, readV1Query } from '../../../../v1/handler'
import { ChartIdParams, RenderQuery } from '../../../../v1/schemas'
import { requireUser } from '../../../../utils/auth'
import { useDb, useStorages } from '../../../../utils/services'
import { loadTable } from '../../../../utils/tables'

// The chart's current version as an image, for private charts too.
export default defineV1Handler(async (event) => {
  const user = await requireUser(event)
  const { id } = readV1Params(event, ChartIdParams)
  const query = readV1Query(event, RenderQuery)
  const chart = await useDb().repos.charts.getForViewer(id, user.id)
  if (!chart) throw v1Error('chart_not_found')

  const datasets: Record<string, Row[]> = chart.dataKey
    ? { table: (await loadTable(chart.dataKey)).rows }
    : {}
  const image = await renderChart(
    { spec: chart.spec, datasets, ...query },
    {
      cache: useStorages().cache,
      onCache: recordRenderCache,
      datasetsKey: chart.dataKey ?? 'inline',
      cacheKeyExtra: `${chart.id}:${chart.currentVersion}`,
    },
  )
  setResponseHeader(event, 'cache-control', 'private, no-cache')
  setResponseHeader(event, 'etag', image.etag)
  if (getRequestHeader(event, 'if-none-match') === image.etag) {
    setResponseStatus(event, 304)
    return null
  }
  setResponseHeader(event, 'content-type', image.contentType)
  return image.body
})
