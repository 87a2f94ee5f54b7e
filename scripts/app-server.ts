import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface AppServer {
  url: string
  /** The server's output so far, for failure messages. */
  log(): string
  stop(): Promise<void>
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
    if (server.exitCode !== null) throw new Error(`[app-server] server exited early:\n${log()}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) return
    }
    catch { /* not listening yet */ }
    await new Promise(r => setTimeout(r, 250))
  }
  throw new Error(`[app-server] server did not become healthy:\n${log()}`)
}

/**
 * Starts the production build (.output) on a free port with an empty data folder, SQLite and
 * in-process queues; `env` adds or overrides settings (a model server, admins, tokens). Used by
 * the e2e tests and the page benchmark.
 */
export async function startAppServer(
  env: Record<string, string> = {}, cwd = process.cwd(),
): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wanwu-app-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn('node', ['.output/server/index.mjs'], {
    cwd,
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SITE_URL: url,
      DATABASE_URL: '', REDIS_URL: '', NODE_ENV: 'production', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = () => output
  server.stdout!.on('data', (d) => { output = (output + d).slice(-20_000) })
  server.stderr!.on('data', (d) => { output = (output + d).slice(-20_000) })
  try {
    await waitForHealth(url, server, log)
  }
  catch (error) {
    server.kill('SIGTERM')
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }

  return {
    url,
    log,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise(resolve => server.once('exit', resolve))
        server.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
