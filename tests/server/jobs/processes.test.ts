import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJobQueue } from '../../../server/jobs'
import type { JobQueue } from '../../../server/jobs'
import { deleteKeys, follow, REDIS_URL, uniquePrefix } from './helpers'
import type { Ran } from './process-worker'

const root = join(import.meta.dirname, '..', '..', '..')

interface Worker { child: ChildProcess; pid: number }

function startWorker(prefix: string): Promise<Worker> {
  // One process per worker (no npx or tsx wrapper), so stopping it stops the worker.
  const args = ['--import', 'tsx', 'tests/server/jobs/process-worker.ts', prefix]
  const child = spawn(process.execPath, args, { cwd: root })
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const ready = /ready (\d+)/.exec(d.toString())
      if (ready) resolve({ child, pid: Number(ready[1]) })
    })
    child.on('error', reject)
    child.on('exit', code => reject(new Error(`worker exited with ${code}`)))
  })
}

const overlap = (a: Ran, b: Ran) => a.start < b.end && b.start < a.end

describe('jobs on redis across processes', () => {
  const prefix = uniquePrefix()
  let workers: Worker[] = []
  let web: JobQueue<{ ms: number }, Ran>

  beforeAll(async () => {
    workers = await Promise.all([startWorker(prefix), startWorker(prefix)])
    // This process only submits and follows, as a web instance behind a load balancer would.
    web = await createJobQueue({
      redisUrl: REDIS_URL, prefix, name: 'generation', worker: false,
      process: async () => { throw new Error('not a worker') },
    })
  }, 60_000)

  afterAll(async () => {
    await web?.close()
    await Promise.all(workers.map(({ child }) => new Promise((resolve) => {
      child.once('exit', resolve)
      child.kill('SIGTERM')
    })))
    await deleteKeys(prefix)
  })

  const results = async (jobs: { id: string }[], owner: string) => Promise.all(jobs.map(
    async job => (await follow(web, job.id, owner, 20_000)).at(-1)!,
  ))

  it('shares one queue between two worker processes', async () => {
    const jobs = await Promise.all(['ann', 'bob'].map(owner => web.submit(owner, { ms: 800 })))
    const done = [...await results([jobs[0]!], 'ann'), ...await results([jobs[1]!], 'bob')]
    expect(done.map(job => job.state)).toEqual(['done', 'done'])
    const [a, b] = done.map(job => job.result!)
    // Each worker runs one job at a time, so two jobs at once means both processes worked.
    expect(new Set([a!.pid, b!.pid])).toEqual(new Set(workers.map(w => w.pid)))
    expect(overlap(a!, b!)).toBe(true)
  }, 30_000)

  it('keeps the per-owner limit across processes', async () => {
    const jobs = await Promise.all([1, 2, 3].map(() => web.submit('cleo', { ms: 300 })))
    const done = await results(jobs, 'cleo')
    expect(done.every(job => job.state === 'done')).toBe(true)
    const ran = done.map(job => job.result!)
    for (const [i, a] of ran.entries()) {
      for (const b of ran.slice(i + 1)) expect(overlap(a, b)).toBe(false)
    }
  }, 30_000)
})
