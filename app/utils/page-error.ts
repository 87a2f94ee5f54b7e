import type { NuxtError } from '#app'

/**
 * The error a public chart page shows for a failed payload: a chart that exists but cannot be
 * drawn says why (422); anything else is, to the visitor, a chart that does not exist.
 */
export function pageError(error: Pick<NuxtError, 'statusCode' | 'data'> | null | undefined) {
  const data = error?.data as { data?: { message?: string } } | undefined
  if (error?.statusCode === 422) {
    return createError({ statusCode: 422, statusMessage: 'Chart cannot be rendered', message: data?.data?.message, fatal: true })
  }
  return createError({ statusCode: 404, statusMessage: 'Chart not found', fatal: true })
}
