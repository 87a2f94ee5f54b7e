import { z } from 'zod'
import { adminStats, isAdmin } from '../../admin'

const Query = z.object({ lang: z.enum(['en', 'zh-CN']).default('en') })

// The admin page's figures and charts; to anyone else the page does not exist.
export default defineEventHandler(async (event) => {
  const user = await getCurrentUser(event)
  if (!isAdmin(user)) throw createError({ statusCode: 404, statusMessage: 'Page not found' })
  const { lang } = await getValidatedQuery(event, Query.parse)
  setResponseHeader(event, 'cache-control', 'no-store')
  return adminStats(lang)
})
