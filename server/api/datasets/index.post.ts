import { nanoid } from 'nanoid'
import { readTable, readTableFromText, ReadError } from '../../../shared/engine/read'
import { profileTable } from '../../../shared/engine/profile'
import type { Lang } from '../../../shared/engine/types'

const EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'json', 'xlsx'])

function badInput(code: string, message: string) {
  return createError({ statusCode: 400, statusMessage: 'Bad upload', data: { code, message } })
}

// Upload a file (multipart field `file`) or paste a table (field `text`). Limits come from settings.
export default defineEventHandler(async (event) => {
  const user = await requireUser(event)
  const { limits } = useAppSettings()
  const lang = (requestLocale(event) === 'zh-CN' ? 'zh-CN' : 'en') as Lang

  const declared = Number(getRequestHeader(event, 'content-length') ?? 0)
  if (declared > limits.uploadBytes) {
    throw createError({ statusCode: 413, statusMessage: 'Upload too large', data: { code: 'too_large', message: `Files up to ${Math.round(limits.uploadBytes / 1048576)} MB are accepted.` } })
  }
  const parts = await readMultipartFormData(event)
  const file = parts?.find(p => p.name === 'file' && p.filename)
  const pasted = parts?.find(p => p.name === 'text')
  if (!file && !pasted) throw badInput('no_file', 'Send a file (field "file") or pasted text (field "text").')

  const bytes = new Uint8Array((file ?? pasted)!.data)
  if (bytes.length > limits.uploadBytes) throw badInput('too_large', 'The upload is over the size limit.')

  const name = file?.filename?.replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 120) ?? 'pasted.csv'
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (file && !EXTENSIONS.has(ext)) throw badInput('unsupported_format', 'Use CSV, TSV, JSON or XLSX.')

  let table
  try {
    table = file
      ? await readTable(bytes, name, { maxRows: limits.uploadRows })
      : readTableFromText(new TextDecoder().decode(bytes))
  }
  catch (error) {
    if (error instanceof ReadError) throw badInput(error.code, error.localized(lang))
    throw error
  }
  if (!table || table.rows.length === 0) throw badInput('empty', 'No table with a header and rows was found.')

  // Pasted text is kept as JSON records, which read back exactly as parsed.
  const stored = file ? bytes : new TextEncoder().encode(JSON.stringify(table.rows))
  const format = file ? (ext === 'txt' ? 'csv' : ext) : 'json'
  const fileKey = `datasets/${nanoid()}.${format}`
  await useStorages().files.setItemRaw(fileKey, stored)

  const dataset = await useDb().repos.datasets.create({
    ownerId: user.id,
    name,
    title: name.replace(/\.[a-z0-9]+$/i, '') || 'Pasted table',
    source: file ? 'upload' : 'paste',
    fileKey,
    format,
    rowCount: table.rows.length,
    sizeBytes: stored.length,
    profile: profileTable(table),
  })
  setResponseStatus(event, 201)
  return toDatasetSummary(dataset!, lang)
})
