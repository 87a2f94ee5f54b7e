// All rows, typed, for the interactive chart in the browser.
export default defineEventHandler(async (event) => {
  const dataset = await requireDataset(event, getRouterParam(event, 'id')!)
  setResponseHeader(event, 'cache-control', dataset.ownerId ? 'private, max-age=300' : 'public, max-age=3600')
  return (await loadTable(dataset.fileKey)).rows
})
