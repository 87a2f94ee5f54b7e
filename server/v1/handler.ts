import { consola } from 'consola'
import {
  defineEventHandler, getQuery, getRouterParams, readBody, setResponseHeader,
  setResponseStatus, type H3Event,
} from 'h3'
import type { z } from 'zod'
import { invalidRequest, toV1ErrorResponse, type V1ErrorBody } from './errors'

const log = consola.withTag('api')

/**
 * A /api/v1 route: whatever it throws is answered as `{ error: { code, message } }` with the
 * matching status, instead of Nitro's HTML or `statusMessage` error pages.
 * TODO(#6): answer CORS preflights so browser apps on other origins can call the API.
 * TODO(#6): limit requests per token; today only generation's own cost bounds a busy script.
 */
export function defineV1Handler<T>(handler: (event: H3Event) => Promise<T>) {
  return defineEventHandler(async (event): Promise<T | V1ErrorBody> => {
    setResponseHeader(event, 'cache-control', 'no-store')
    try {
      return await handler(event)
    }
    catch (error) {
      const { status, body } = toV1ErrorResponse(error)
      if (status >= 500) log.error(error)
      setResponseStatus(event, status)
      setResponseHeader(event, 'content-type', 'application/json')
      return body
    }
  })
}

function parseWith<S extends z.ZodType>(
  schema: S, input: unknown, where: 'body' | 'query' | 'path',
): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw invalidRequest(result.error, where)
  return result.data
}

export async function readV1Body<S extends z.ZodType>(event: H3Event, schema: S) {
  return parseWith(schema, await readBody(event), 'body')
}

export function readV1Query<S extends z.ZodType>(event: H3Event, schema: S) {
  return parseWith(schema, getQuery(event), 'query')
}

export function readV1Params<S extends z.ZodType>(event: H3Event, schema: S) {
  return parseWith(schema, getRouterParams(event, { decode: true }), 'path')
}
