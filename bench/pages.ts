// Public page figures for `npm run bench:render` (skip with --no-pages): throughput of a cached
// /c/<slug> against a static file from public/ on the same production server in the same run,
// p99 latency, errors, and the page's HTML size gzipped.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { startAppServer } from '../scripts/app-server'

export interface PageBenchOptions {
  /** The repository root, holding `.output` (built when missing). */
  repo: string
  /** Seconds of load per URL. */
  duration: number
  connections: number
}

// The static file every page links to; small, like most files in public/.
const STATIC_FILE = '/favicon.svg'
// What a browser sends, so the server compresses and picks a language as it would for a visitor.
const BROWSER_HEADERS = {
  'accept': 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en-US,en;q=0.9',
}

function ensureBuild(repo: string): void {
  if (existsSync(join(repo, '.output/server/index.mjs'))) return
  console.log('(d) no .output: building the app (npx nuxt build)...')
  const build = spawnSync('npx', ['nuxt', 'build'], {
    cwd: repo, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' },
  })
  if (build.status !== 0) throw new Error('[bench] nuxt build failed')
}

async function call<T>(baseURL: string, path: string, token?: string, json?: unknown): Promise<T> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (json !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${baseURL}${path}`, {
    method: json === undefined ? 'GET' : 'POST', headers, body: JSON.stringify(json),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`[bench] ${path} answered ${res.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as T
}

/** A typical chart: the generated one for "average miles per gallon by origin" over cars. */
async function createChart(baseURL: string): Promise<string> {
  const name = `bench${Date.now().toString(36)}`
  const { token } = await call<{ token: string }>(baseURL, '/api/auth/register', undefined, {
    email: `${name}@example.com`, password: 'correct horse battery', name,
  })
  const datasets = await call<{ id: string, title: string }[]>(baseURL, '/api/datasets')
  const cars = datasets.find(d => /cars/i.test(d.title))
  if (!cars) throw new Error('[bench] the cars sample dataset is missing')
  const prompt = 'average miles per gallon by origin'
  const gen = await call<{ ok: boolean, specs: { spec: unknown }[] }>(
    baseURL, '/api/generate', token, { datasetId: cars.id, prompts: [prompt], lang: 'en' },
  )
  if (!gen.ok) throw new Error('[bench] generation failed')
  const chart = await call<{ slug: string }>(baseURL, '/api/charts', token, {
    title: 'MPG by origin', visibility: 'public', datasetId: cars.id, prompt,
    spec: gen.specs[0]!.spec,
  })
  return chart.slug
}

// Page and file take turns, so a change in the machine's load falls on both alike.
const SLICES = 4

interface Figures { rps: number, p99: number, errors: number }

/** Mean rate over equal slices; the worst slice's p99. */
const combine = (runs: Figures[]): Figures => ({
  rps: runs.reduce((sum, run) => sum + run.rps, 0) / runs.length,
  p99: Math.max(...runs.map(run => run.p99)),
  errors: runs.reduce((sum, run) => sum + run.errors, 0),
})

async function load(url: string, options: PageBenchOptions): Promise<Figures> {
  const result = await autocannon({
    url, connections: options.connections, duration: options.duration, headers: BROWSER_HEADERS,
  })
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}

export async function benchPages(options: PageBenchOptions): Promise<void> {
  ensureBuild(options.repo)
  const server = await startAppServer({}, options.repo)
  const baseURL = server.url
  try {
    const slug = await createChart(baseURL)
    const page = `${baseURL}/c/${slug}`
    const html = await (await fetch(page, { headers: BROWSER_HEADERS })).text()
    if (!html.includes('role="img"')) throw new Error('[bench] the page has no server SVG')
    const gzipKb = gzipSync(html).length / 1024
    console.log(`(d) public page HTML: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, `
      + `${gzipKb.toFixed(1)} KB gzipped (target <= 60 KB)`)

    // Warm both URLs (page cache, JIT), then alternate them in slices so a change in the
    // machine's load (it is shared) falls on both alike.
    await load(page, { ...options, duration: 2 })
    await load(`${baseURL}${STATIC_FILE}`, { ...options, duration: 2 })
    const slice = { ...options, duration: options.duration / SLICES }
    const cached: Figures[] = []
    const file: Figures[] = []
    for (let round = 0; round < SLICES; round++) {
      cached.push(await load(page, slice))
      file.push(await load(`${baseURL}${STATIC_FILE}`, slice))
    }
    report(combine(cached), combine(file), options)
  }
  finally {
    await server.stop()
  }
}

function report(cached: Figures, file: Figures, options: PageBenchOptions) {
  console.log(`(e) throughput, ${options.connections} connections × ${options.duration} s each `
    + `(${SLICES} alternating slices): `
    + `/c/<slug> ${cached.rps.toFixed(0)} req/s vs ${STATIC_FILE} ${file.rps.toFixed(0)} req/s `
    + `= ${(cached.rps / file.rps).toFixed(2)} (target >= 0.5); p99 ${cached.p99} ms `
    + `vs ${file.p99} ms (target <= 100 ms); errors ${cached.errors} + ${file.errors} `
    + `(target 0)`)
}
