import { z } from 'zod'
import * as models from './models'
import type { JsonSchema, OpenApiDocument, Parameter, Reference } from './openapi-types'
import { CreateChartBody, PatchChartBody } from './schemas'

const SCHEMAS = '#/components/schemas/'

export const schemaRef = (name: string): Reference => ({ $ref: `${SCHEMAS}${name}` })

// Request bodies are described as clients send them (defaults optional), responses as the
// server answers them. Each registry turns its members into $refs wherever they nest.
function registryOf(entries: Record<string, z.ZodType>) {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(entries)) registry.add(schema, { id })
  return registry
}

const requests = registryOf({ CreateChart: CreateChartBody, PatchChart: PatchChartBody })
const responses = registryOf({
  Chart: models.Chart,
  ChartSummary: models.ChartSummary,
  ChartUrls: models.ChartUrls,
  ChartPage: models.ChartPage,
  Dataset: models.Dataset,
  DatasetList: models.DatasetList,
  Error: models.ErrorBody,
  Deleted: models.Deleted,
})

/** Component schemas without `$schema`/`$id`: the document's dialect and place name them. */
function componentSchemas(registry: z.core.$ZodRegistry<{ id: string }>, io: 'input' | 'output') {
  const { schemas } = z.toJSONSchema(registry, { io, uri: id => `${SCHEMAS}${id}` })
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => {
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema
    return [id, rest]
  }))
}

/** A query schema's fields as OpenAPI parameters, so `?page=` is documented by its validator. */
export function queryParameters(schema: z.ZodObject): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, JsonSchema>
    required?: string[]
  }
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property
    return {
      name,
      in: 'query' as const,
      required: json.required?.includes(name) ?? false,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    }
  })
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: schemaRef('Error') } },
})

export function components(): OpenApiDocument['components'] {
  return {
    schemas: { ...componentSchemas(requests, 'input'), ...componentSchemas(responses, 'output') },
    responses: {
      BadRequest: errorResponse('The body, query or path has missing or invalid values.'),
      Unauthenticated: errorResponse('No token, or a revoked or unknown one.'),
      NotFound: errorResponse('No such chart or dataset visible to the token\'s owner.'),
      Unprocessable: errorResponse('The prompt was not understood, or the chart cannot render.'),
    },
    securitySchemes: {
      token: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'wanwu_pat_…',
        description: 'A personal access token, created on the account page.',
      },
    },
  }
}
