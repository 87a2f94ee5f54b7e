// An app instance in its own process for the shared-queue test: works jobs off Redis.
//   tsx tests/server/jobs/process-worker.ts PREFIX
import { createJobQueue } from '../../../server/jobs'
import { REDIS_URL } from './helpers'

export interface Ran { pid: number; start: number; end: number }

const [prefix] = process.argv.slice(2)
const queue = await createJobQueue<{ ms: number }, Ran>({
  redisUrl: REDIS_URL, prefix, name: 'generation', concurrency: 1,
  limits: { runningPerOwner: 1 },
  async process(input, ctx) {
    await ctx.progress('reading')
    const start = Date.now()
    await new Promise(resolve => setTimeout(resolve, input.ms))
    await ctx.progress('rendering')
    return { pid: process.pid, start, end: Date.now() }
  },
})
process.stdout.write(`ready ${process.pid}\n`)
process.on('SIGTERM', () => {
  void queue.close().finally(() => process.exit(0))
})
