// The rows a chart you can see was made from, even when its dataset is someone else's upload
// (a fork) or deleted: the chart's versions keep their data key.
export default defineEventHandler(async (event) => {
  const chart = await requireVisibleChart(event, getRouterParam(event, 'id')!)
  return chart.dataKey ? (await loadTable(chart.dataKey)).rows : []
})
