import { consola } from 'consola'
import {
  defineEventHandler, getQuery, getRouterParams, readBody, setResponseHeader,
  setResponseStatus, type EventHandler, type H3Event,
} from 'h3'
import type { z } from 'zod'
import { invalidRequest, toV1ErrorResponse } from './errors'

const log = consola.withTag('api')

/**
 * A /api/v1 route: whatever it throws is answered as `{ error: { code, message } }` with the
 * matching status, instead of Nitro's HTML or `statusMessage` error pages.
 * TODO(#6): answer CORS preflights so browser apps on other origins can call the API.
 */
export function defineV1Handler<T>(handler: (event: H3Event) => Promise<T>): EventHandler {
  return defineEventHandler(async (event) => {
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
