// The part of OpenAPI 3.1 (https://spec.openapis.org/oas/v3.1.0) the Wanwu API document uses.

export type JsonSchema = Record<string, unknown>

export type HttpMethod = 'get' | 'post' | 'patch' | 'delete'

export interface Reference {
  $ref: string
}

export interface MediaType {
  schema: JsonSchema | Reference
}

export interface Response {
  description: string
  headers?: Record<string, { description: string; schema: JsonSchema }>
  content?: Record<string, MediaType>
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  description?: string
  schema: JsonSchema
}

export interface Operation {
  operationId: string
  summary: string
  description?: string
  tags: string[]
  parameters?: Parameter[]
  requestBody?: { required: boolean; content: Record<string, MediaType> }
  responses: Record<string, Response | Reference>
  /** An empty list makes the operation public. */
  security?: Record<string, string[]>[]
}

export type PathItem = Partial<Record<HttpMethod, Operation>>

export interface OpenApiDocument {
  openapi: '3.1.0'
  info: { title: string; version: string; description: string }
  servers: { url: string; description?: string }[]
  security: Record<string, string[]>[]
  tags: { name: string; description: string }[]
  paths: Record<string, PathItem>
  components: {
    schemas: Record<string, JsonSchema>
    responses: Record<string, Response>
    securitySchemes: Record<string, {
      type: 'http'
      scheme: 'bearer'
      bearerFormat?: string
      description?: string
    }>
  }
}
