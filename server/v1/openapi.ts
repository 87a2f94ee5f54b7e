import { components, queryParameters, schemaRef } from './openapi-components'
import type { OpenApiDocument, Operation, Parameter, Reference } from './openapi-types'
import { ListChartsQuery, RenderQuery } from './schemas'

export type { OpenApiDocument } from './openapi-types'

const API_VERSION = '1.0.0'

const chartId: Parameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The chart id (reading routes also accept its slug).',
  schema: { type: 'string', minLength: 1, maxLength: 64 },
}

const json = (schema: Reference) => ({ 'application/json': { schema } })
const ok = (description: string, schema: string) =>
  ({ description, content: json(schemaRef(schema)) })
const shared = (name: string): Reference => ({ $ref: `#/components/responses/${name}` })

/** The failures every authenticated operation can answer, plus those it names. */
function failures(...names: ('BadRequest' | 'NotFound' | 'Unprocessable')[]) {
  const status = { BadRequest: '400', NotFound: '404', Unprocessable: '422' } as const
  return {
    401: shared('Unauthenticated'),
    ...Object.fromEntries(names.map(name => [status[name], shared(name)])),
  }
}

const charts: Record<string, Operation> = {
  list: {
    operationId: 'listCharts',
    summary: 'List your charts',
    description: 'Your own charts, most recently changed first.',
    tags: ['charts'],
    parameters: queryParameters(ListChartsQuery),
    responses: { 200: ok('A page of your charts.', 'ChartPage'), ...failures('BadRequest') },
  },
  create: {
    operationId: 'createChart',
    summary: 'Create a chart from a prompt',
    description: 'Generates the chart the prompt asks for over a dataset (or over numbers typed '
      + 'into the prompt) and saves it. `generation` reports what the engine guessed.',
    tags: ['charts'],
    requestBody: { required: true, content: json(schemaRef('CreateChart')) },
    responses: {
      201: ok('The saved chart.', 'Chart'),
      ...failures('BadRequest', 'NotFound', 'Unprocessable'),
    },
  },
  get: {
    operationId: 'getChart',
    summary: 'Get a chart',
    description: 'Your chart, or anyone\'s public or unlisted chart. Private charts of others '
      + 'answer 404.',
    tags: ['charts'],
    parameters: [chartId],
    responses: { 200: ok('The chart with its current spec.', 'Chart'), ...failures('NotFound') },
  },
  update: {
    operationId: 'updateChart',
    summary: 'Change a chart',
    description: 'Changes title, description, visibility or tags; `prompt` generates a new '
      + 'version over the chart\'s data, `spec` saves one as given.',
    tags: ['charts'],
    parameters: [chartId],
    requestBody: { required: true, content: json(schemaRef('PatchChart')) },
    responses: {
      200: ok('The changed chart.', 'Chart'),
      ...failures('BadRequest', 'NotFound', 'Unprocessable'),
    },
  },
  delete: {
    operationId: 'deleteChart',
    summary: 'Delete a chart',
    tags: ['charts'],
    parameters: [chartId],
    responses: {
      200: ok('The chart and its versions are gone.', 'Deleted'),
      ...failures('NotFound'),
    },
  },
  render: {
    operationId: 'renderChart',
    summary: 'Render a chart as SVG or PNG',
    tags: ['charts'],
    parameters: [chartId, ...queryParameters(RenderQuery)],
    responses: {
      200: {
        description: 'The image of the current version.',
        headers: {
          ETag: { description: 'Send it back as If-None-Match.', schema: { type: 'string' } },
        },
        content: {
          'image/svg+xml': { schema: { type: 'string' } },
          'image/png': { schema: { type: 'string', contentMediaType: 'image/png' } },
        },
      },
      304: { description: 'The image has not changed since the ETag sent.' },
      ...failures('BadRequest', 'NotFound', 'Unprocessable'),
    },
  },
}

const listDatasets: Operation = {
  operationId: 'listDatasets',
  summary: 'List datasets to chart',
  description: 'Your uploads first, then the sample datasets, with their column names.',
  tags: ['datasets'],
  responses: { 200: ok('Datasets you can chart.', 'DatasetList'), ...failures() },
}

const describeApi: Operation = {
  operationId: 'getOpenApi',
  summary: 'This document',
  tags: ['meta'],
  security: [],
  responses: {
    200: {
      description: 'OpenAPI 3.1 document.',
      content: { 'application/json': { schema: { type: 'object' } } },
    },
  },
}

/** The OpenAPI 3.1 description of /api/v1, with the server's own address. */
export function openApiDocument(siteUrl: string): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wanwu API',
      version: API_VERSION,
      description: 'Turn prompts into charts, manage them and render them as images. '
        + 'Errors answer `{ "error": { "code", "message" } }` with a matching status.',
    },
    servers: [{ url: `${siteUrl}/api/v1` }],
    security: [{ token: [] }],
    tags: [
      { name: 'charts', description: 'Charts you make, change and render.' },
      { name: 'datasets', description: 'Data a prompt can chart.' },
      { name: 'meta', description: 'About the API itself.' },
    ],
    paths: {
      '/charts': { get: charts.list, post: charts.create },
      '/charts/{id}': { get: charts.get, patch: charts.update, delete: charts.delete },
      '/charts/{id}/render': { get: charts.render },
      '/datasets': { get: listDatasets },
      '/openapi.json': { get: describeApi },
    },
    components: components(),
  }
}
