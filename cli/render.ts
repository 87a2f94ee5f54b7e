// `npm run cli -- render SPEC.json --svg OUT.svg`: renders a Vega-Lite spec file through the
// same path and loader rules as the app, so a spec refused here is refused there too.
import { readFile, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parseArgs } from 'node:util'
import Papa from 'papaparse'
import { isRenderError, renderChart } from '../server/render/index'
import type { Row } from '../server/render/index'

const usage = `Usage: npm run cli -- render SPEC.json (--svg OUT.svg | --png OUT.png)
  [--theme light|dark] [--lang en|zh-CN] [--data NAME=FILE.json|FILE.csv ...]
  [--width PX] [--height PX] [--scale N] [--background COLOR]
`


async function readRows(file: string): Promise<Row[]> {
  const text = await readFile(file, 'utf8')
  if (extname(file).toLowerCase() === '.csv') {
    return Papa.parse<Row>(text, { header: true, dynamicTyping: true, skipEmptyLines: true }).data
  }
  const rows: unknown = JSON.parse(text)
  if (!Array.isArray(rows)) throw new Error(`${file} must hold a JSON array of rows`)
  return rows as Row[]
}

async function readDatasets(pairs: string[]): Promise<Record<string, Row[]>> {
  const datasets: Record<string, Row[]> = {}
  for (const pair of pairs) {
    const at = pair.indexOf('=')
    if (at < 1) throw new Error(`--data expects NAME=FILE, got "${pair}"`)
    datasets[pair.slice(0, at)] = await readRows(pair.slice(at + 1))
  }
  return datasets
}

const toNumber = (value?: string) => (value === undefined ? undefined : Number(value))

export async function run(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        svg: { type: 'string' },
        png: { type: 'string' },
        theme: { type: 'string', default: 'light' },
        lang: { type: 'string', default: 'en' },
        data: { type: 'string', multiple: true, default: [] as string[] },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        background: { type: 'string' },
      },
    })
  }
  catch (error) {
    process.stderr.write(`[cli] ${(error as Error).message}\n${usage}`)
    return 2
  }
  const { values, positionals } = parsed
  const out = values.png ?? values.svg
  if (positionals.length !== 1 || !out || (values.png && values.svg)) {
    process.stderr.write(usage)
    return 2
  }

  const spec: unknown = JSON.parse(await readFile(positionals[0]!, 'utf8'))
  try {
    const result = await renderChart({
      spec: spec as Record<string, unknown>,
      datasets: await readDatasets(values.data),
      format: values.png ? 'png' : 'svg',
      theme: values.theme as 'light' | 'dark',
      lang: values.lang as 'en' | 'zh-CN',
      width: toNumber(values.width),
      height: toNumber(values.height),
      scale: toNumber(values.scale),
      background: values.background,
    })
    await writeFile(out, result.body)
    process.stdout.write(`${out}: ${result.width}×${result.height} ${result.contentType}\n`)
    return 0
  }
  catch (error) {
    if (!isRenderError(error)) throw error
    process.stderr.write(`${error.message}\n`)
    return 1
  }
}
