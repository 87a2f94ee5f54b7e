import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    }).on('error', reject)
  })
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`[e2e] server exited early:\n${log()}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) return
    }
    catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`[e2e] server did not become healthy:\n${log()}`)
}

// Builds the app once (E2E_REUSE_BUILD=1 keeps an existing .output), starts it on a free port with
// an empty data folder, and hands the base URL to the tests.
export default async function setup(project: TestProject) {
  if (!(process.env.E2E_REUSE_BUILD && existsSync('.output/server/index.mjs'))) {
    const build = spawnSync('npx', ['nuxt', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    if (build.status !== 0) throw new Error('[e2e] nuxt build failed')
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'wanwu-e2e-'))
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn('node', ['.output/server/index.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SITE_URL: baseURL, DATABASE_URL: '', REDIS_URL: '', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (d) => { output = (output + d).slice(-20_000) })
  server.stderr!.on('data', (d) => { output = (output + d).slice(-20_000) })
  await waitForHealth(baseURL, server, () => output)
  project.provide('baseURL', baseURL)

  return async () => {
    server.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
  }
}
