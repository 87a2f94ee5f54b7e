// `npm run cli -- generate`: prompts in, Vega-Lite specs out, as JSON on stdout.
//   generate --data FILE --prompt TEXT [--prompt FOLLOW_UP ...] [--svg OUT] [--png OUT]
//   generate --prompt "apples 30, bananas 20 as a pie"   (data typed into the prompt)
//   generate --batch IN.jsonl --out OUT.jsonl            (one conversation per line)
//   --mode rules|hybrid|llm overrides LLM_MODE; the model is configured by the LLM_* env names.
import { createWriteStream, existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { z } from 'zod'
import { generate } from '../shared/engine/index'
import { generateAny } from '../shared/engine/inline/generate-any'
import { normalizeRows, profileTable } from '../shared/engine/profile/index'
import { ReadError, readTable } from '../shared/engine/read/index'
import { promptLang } from '../shared/engine/inline/messages'
import type { EngineError, Lang, Profile, Table } from '../shared/engine/types'
import { generateWithModel, readLlmConfig } from '../server/llm/index'
import type { LlmConfig, ModelGenerateResult } from '../server/llm/index'

const usage = `Usage: npm run cli -- generate --data FILE --prompt TEXT [--prompt FOLLOW_UP ...]
  [--svg OUT.svg] [--png OUT.png] [--lang en|zh-CN] [--sheet NAME] [--mode rules|hybrid|llm]
  npm run --silent cli -- generate --batch IN.jsonl [--out OUT.jsonl] [--mode ...]
Without --data the first prompt holds the data: numbers, a pasted table or a formula.
--mode overrides LLM_MODE; a model answers only when LLM_BASE_URL and LLM_MODEL are set.
`

const options = {
  data: { type: 'string' },
  prompt: { type: 'string', multiple: true, default: [] as string[] },
  svg: { type: 'string' },
  png: { type: 'string' },
  lang: { type: 'string' },
  sheet: { type: 'string' },
  batch: { type: 'string' },
  out: { type: 'string' },
  mode: { type: 'string' },
} satisfies ParseArgsConfig['options']

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values']

const langSchema = z.enum(['en', 'zh-CN'])
const lineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  data: z.string().optional(),
  prompts: z.array(z.string()).min(1).optional(),
  prompt: z.string().optional(),
  lang: langSchema.optional(),
}).refine(l => l.prompts || l.prompt, { message: 'a line needs "prompts" or "prompt"' })

interface Loaded {
  table: Table
  profile: Profile
  profileMs: number
}

interface Outcome {
  /** Says which engine answered (`rules` or `model`) and whether it fell back. */
  result: ModelGenerateResult
  /** Engine time: profiling plus every prompt of the conversation. */
  ms: number
  loaded?: Loaded
}

async function load(path: string, sheet?: string): Promise<Loaded> {
  const table = await readTable(await readFile(path), basename(path), { sheet })
  const start = performance.now()
  const profile = profileTable(table)
  return { table, profile, profileMs: performance.now() - start }
}

async function converse(
  llm: LlmConfig, loaded: Loaded | undefined, prompts: string[], lang?: Lang,
): Promise<Outcome> {
  const start = performance.now()
  const result = await generateWithModel({
    table: loaded?.table, profile: loaded?.profile, prompts,
    lang: lang ?? promptLang(prompts[0] ?? ''),
    rules: loaded ? generate : input => generateAny({ prompts: input.prompts, lang }),
  }, llm)
  const ms = performance.now() - start + (loaded?.profileMs ?? 0)
  return { result, ms: Math.round(ms * 100) / 100, loaded }
}

function errorOf(error: unknown): EngineError {
  if (error instanceof ReadError) return { code: error.code, message: error.localized('en') }
  const code = (error as { code?: unknown })?.code === 'ENOENT' ? 'file_not_found' : 'failed'
  const message = error instanceof Error ? error.message : String(error)
  return { code, message }
}

async function renderTo(file: string, format: 'svg' | 'png', outcome: Outcome, lang?: Lang) {
  if (!outcome.result.ok || !outcome.result.specs[0]) return
  // The renderer pulls in vega and resvg; only load them when an image is asked for.
  const { renderChart } = await import('../server/render/index')
  const { loaded } = outcome
  const datasets = loaded ? { table: normalizeRows(loaded.table, loaded.profile) } : undefined
  const spec = outcome.result.specs[0].spec
  const { body } = await renderChart({ spec, datasets, format, lang })
  await writeFile(file, body)
  process.stderr.write(`[generate] wrote ${file}\n`)
}

async function runSingle(values: Values, llm: LlmConfig) {
  const prompts = values.prompt
  const lang = values.lang as Lang | undefined
  if (prompts.length === 0 || (lang && !langSchema.safeParse(lang).success)) {
    process.stderr.write(usage)
    return 2
  }
  let outcome: Outcome
  try {
    const loaded = values.data ? await load(values.data, values.sheet) : undefined
    outcome = await converse(llm, loaded, prompts, lang)
  }
  catch (error) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: errorOf(error) }, null, 2)}\n`)
    return 1
  }
  process.stdout.write(`${JSON.stringify({ ...outcome.result, ms: outcome.ms }, null, 2)}\n`)
  if (values.svg) await renderTo(values.svg, 'svg', outcome, lang)
  if (values.png) await renderTo(values.png, 'png', outcome, lang)
  return outcome.result.ok ? 0 : 1
}

/** One output line; never throws, so one bad line cannot stop the batch. */
async function batchLine(
  text: string, cache: Map<string, Promise<Loaded>>, baseDir: string, llm: LlmConfig,
): Promise<Record<string, unknown>> {
  let id: unknown = null
  try {
    const raw: unknown = JSON.parse(text)
    id = (raw as { id?: unknown })?.id ?? null
    const parsed = lineSchema.safeParse(raw)
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message
      return { id, ok: false, error: { code: 'bad_line', message } }
    }
    const line = parsed.data
    let loaded: Loaded | undefined
    if (line.data) {
      const local = resolve(line.data)
      const path = existsSync(local) ? local : resolve(baseDir, line.data)
      if (!cache.has(path)) cache.set(path, load(path))
      loaded = await cache.get(path)!
    }
    const outcome = await converse(llm, loaded, line.prompts ?? [line.prompt!], line.lang)
    const { result } = outcome
    const { engine, fallback } = result
    if (!result.ok) {
      const error = { code: result.error.code, message: result.error.message }
      return { id, ok: false, error, engine, fallback }
    }
    const specs = result.specs.slice(0, 3).map(c => c.spec)
    return { id, ok: true, specs, understood: result.understood, ms: outcome.ms, engine, fallback }
  }
  catch (error) {
    const { code, message } = error instanceof SyntaxError
      ? { code: 'bad_line', message: error.message }
      : errorOf(error)
    return { id, ok: false, error: { code, message } }
  }
}

async function runBatch(input: string, llm: LlmConfig, output?: string): Promise<number> {
  const lines = (await readFile(input, 'utf8')).split(/\r?\n/).filter(l => l.trim() !== '')
  const out = output ? createWriteStream(output) : process.stdout
  const cache = new Map<string, Promise<Loaded>>()
  let failed = 0
  for (const [i, text] of lines.entries()) {
    const record = await batchLine(text, cache, dirname(resolve(input)), llm)
    if (!record.ok) failed++
    if (!out.write(`${JSON.stringify(record)}\n`)) await new Promise(r => out.once('drain', r))
    if ((i + 1) % 1000 === 0) process.stderr.write(`[generate] ${i + 1}/${lines.length}\n`)
  }
  if (out !== process.stdout) await new Promise<void>(r => out.end(() => r()))
  process.stderr.write(`[generate] ${lines.length} lines, ${failed} failed, ${cache.size} files\n`)
  return 0
}

export async function run(argv: string[]): Promise<number> {
  let values: Values
  try {
    values = parseArgs({ args: argv, options, allowPositionals: false }).values
  }
  catch (error) {
    process.stderr.write(`[cli] ${(error as Error).message}\n${usage}`)
    return 2
  }
  let llm: LlmConfig
  try {
    llm = readLlmConfig({ ...process.env, ...(values.mode ? { LLM_MODE: values.mode } : {}) })
  }
  catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`)
    return 2
  }
  if (values.batch) return runBatch(values.batch, llm, values.out)
  return runSingle(values, llm)
}
