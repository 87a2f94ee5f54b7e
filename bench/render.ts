// `npm run bench:render`: how many of Vega-Lite's own examples render, how much the safe render
// path costs over bare vega, and how much a cached render saves.
// Options: --limit N (first N specs), --rounds N (timed renders per spec and path, default 3),
// --no-pages (skip the public page figures of bench/pages.ts), --duration S (page load, 20 s),
// --specs DIR (the Vega-Lite example specs, default ../shared/bench/vega-lite-examples/specs).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createStorage } from 'unstorage'
import * as vega from 'vega'
import { compile } from 'vega-lite'
import type { TopLevelSpec } from 'vega-lite'
import { renderChart } from '../server/render/index'
import { benchPages } from './pages'

type Spec = Record<string, unknown>
type Named = { name: string, spec: Spec }

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
// The package exports only its entry (build/index.js); the data folder sits beside build/.
const dataDir = join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '../data')

const { values: args } = parseArgs({
  options: {
    'limit': { type: 'string' },
    'rounds': { type: 'string', default: '3' },
    'no-pages': { type: 'boolean', default: false },
    'duration': { type: 'string', default: '20' },
    // The examples sit beside the checkout; a worktree elsewhere names them.
    'specs': { type: 'string', default: resolve(repo, '../shared/bench/vega-lite-examples/specs') },
  },
})
const specDir = args.specs
const rounds = Math.max(1, Number(args.rounds))

/** Data URLs anywhere in a spec; only `data/<file>` present in vega-datasets can be served. */
function dataUrls(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach(item => dataUrls(item, found))
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'url' && typeof value === 'string') found.push(value)
      else dataUrls(value, found)
    }
  }
  return found
}

const servable = (url: string) =>
  /^data\/[\w.-]+$/.test(url) && existsSync(join(dataDir, url.slice(5)))

function selectSpecs(): Named[] {
  const names = readdirSync(specDir).filter(name => name.endsWith('.vl.json')).sort()
  const chosen = names
    .map(name => ({ name, spec: JSON.parse(readFileSync(join(specDir, name), 'utf8')) as Spec }))
    .filter(({ spec }) => dataUrls(spec).every(servable))
  return args.limit ? chosen.slice(0, Number(args.limit)) : chosen
}

// Both paths compile without printing warnings, so neither pays for console output.
const quiet = vega.logger(vega.None)

async function bareRender(spec: Spec): Promise<string> {
  const loader = vega.loader({ baseURL: `${dirname(dataDir)}/`, mode: 'file' })
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: quiet }).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader })
  const svg = await view.toSVG()
  view.finalize()
  return svg
}

// The app's 5 s limit is a policy for shared servers; here the question is whether a spec
// renders at all, so a slow machine gets more time. Every other limit stays as in the app.
const limits = { timeoutMs: 60_000 }

const oursRender = (spec: Spec) =>
  renderChart({ spec, format: 'svg' }, { baseDir: dataDir, limits })

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`

async function conformance(specs: Named[]) {
  const passed: typeof specs = []
  const failures: string[] = []
  for (const entry of specs) {
    try {
      await oursRender(entry.spec)
      passed.push(entry)
    }
    catch (error) {
      const err = error as Error & { code?: string, cause?: unknown }
      const cause = err.cause instanceof Error ? `: ${err.cause.message}` : ''
      failures.push(`  ${entry.name}: ${err.code ?? 'error'} ${err.message}${cause}`)
    }
  }
  console.log(`(a) conformance: ${passed.length} rendered / ${specs.length} tried, `
    + `${pct(passed.length / specs.length)} (target >= 99%)`)
  if (failures.length) console.log(failures.join('\n'))
  return passed
}

async function coldVsBare(specs: Named[]) {
  const ratios: number[] = []
  const colds = new Map<string, number>()
  let oursTotal = 0
  let bareTotal = 0
  for (const [index, { name, spec }] of specs.entries()) {
    // Same warmup for both paths, then alternate which goes first.
    await oursRender(spec)
    await bareRender(spec)
    const ours: number[] = []
    const bare: number[] = []
    for (let round = 0; round < rounds; round++) {
      if ((index + round) % 2) {
        ours.push(await time(() => oursRender(spec)))
        bare.push(await time(() => bareRender(spec)))
      }
      else {
        bare.push(await time(() => bareRender(spec)))
        ours.push(await time(() => oursRender(spec)))
      }
    }
    colds.set(name, median(ours))
    oursTotal += median(ours)
    bareTotal += median(bare)
    ratios.push(median(ours) / median(bare))
  }
  console.log(`(b) cold renderChart vs bare vega: median ratio ${median(ratios).toFixed(3)} `
    + `(target <= 1.2), total ${oursTotal.toFixed(0)} ms vs ${bareTotal.toFixed(0)} ms `
    + `= ${(oursTotal / bareTotal).toFixed(3)}, p90 ratio `
    + `${[...ratios].sort((a, b) => a - b)[Math.floor(ratios.length * 0.9)]?.toFixed(3)}`)
  return colds
}

async function cachedVsCold(specs: Named[], colds: Map<string, number>) {
  const cache = createStorage()
  const ratios: number[] = []
  const hits: number[] = []
  for (const { name, spec } of specs) {
    const render = () => renderChart({ spec, format: 'svg' }, { cache, baseDir: dataDir, limits })
    await render()
    const times: number[] = []
    for (let round = 0; round < 5; round++) times.push(await time(render))
    hits.push(median(times))
    ratios.push(median(times) / colds.get(name)!)
  }
  console.log(`(c) cached vs cold: median ratio ${pct(median(ratios))} (target <= 2%), `
    + `median cached ${(median(hits) * 1000).toFixed(0)} µs, `
    + `median cold ${median([...colds.values()]).toFixed(1)} ms`)
}

async function main() {
  if (!existsSync(specDir)) {
    console.log(`bench:render: no example specs at ${specDir}; skipping (a) to (c).`)
  }
  else await renderFigures()
  if (!args['no-pages']) {
    await benchPages({ repo, duration: Number(args.duration), connections: 50 })
  }
}

async function renderFigures() {
  const specs = selectSpecs()
  console.log(`bench:render: ${specs.length} specs with inline or vega-datasets data, `
    + `${rounds} timed rounds, time limit ${limits.timeoutMs / 1000} s`)
  const passed = await conformance(specs)
  const colds = await coldVsBare(passed)
  await cachedVsCold(passed, colds)
}

await main()
