import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startAppServer } from '../../scripts/app-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

// Builds the app once (E2E_REUSE_BUILD=1 keeps an existing .output), starts it on a free port with
// an empty data folder, and hands the base URL to the tests.
export default async function setup(project: TestProject) {
  if (!(process.env.E2E_REUSE_BUILD && existsSync('.output/server/index.mjs'))) {
    const build = spawnSync('npx', ['nuxt', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    if (build.status !== 0) throw new Error('[e2e] nuxt build failed')
  }
  const server = await startAppServer()
  project.provide('baseURL', server.url)

  return () => server.stop()
}
