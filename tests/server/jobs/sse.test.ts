import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createApp, createError, eventHandler, getQuery, toNodeListener } from 'h3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJobQueue } from '../../../server/jobs'
import type { JobQueue } from '../../../server/jobs'
import { streamJob } from '../../../server/jobs/sse'
import { createGates, createProbe, testProcessor } from './helpers'
import type { TestInput } from './helpers'

const gates = createGates()
let jobs: JobQueue<TestInput, string>
let base: string
let close: () => void

// Each SSE message as [event, data].
function parse(text: string): [string, Record<string, unknown>][] {
  return text.trim().split('\n\n').map((block) => {
    const event = /^event: (.*)$/m.exec(block)?.[1] ?? ''
    const data = /^data: (.*)$/m.exec(block)?.[1] ?? '{}'
    return [event, JSON.parse(data)]
  })
}

describe('jobs/sse', () => {
  beforeAll(async () => {
    jobs = await createJobQueue({ process: testProcessor(gates, createProbe(), 'a') })
    const app = createApp()
    app.use('/events', eventHandler(async (event) => {
      const { id, owner } = getQuery(event) as { id: string; owner: string }
      const sent = await streamJob(event, jobs, id, owner, 'zh-CN')
      if (!sent) throw createError({ statusCode: 404 })
      return sent
    }))
    const server = createServer(toNodeListener(app))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    close = () => server.close()
  })
  afterAll(async () => {
    await jobs.close()
    close()
  })

  it('streams every change of the job and ends with it', async () => {
    const job = await jobs.submit('ann', { gate: 'sse', answer: 'chart' })
    const response = await fetch(`${base}/events?id=${job.id}&owner=ann`)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    setTimeout(() => gates.open('sse'), 100)

    const events = parse(await response.text())
    expect(events[0]![0]).toMatch(/queued|running/)
    expect(events.at(-1)).toEqual(['done', expect.objectContaining({ result: 'chart' })])
    expect(events.map(([, data]) => data.stage)).toContain('rendering')
    expect(events.every(([, data]) => !('owner' in data))).toBe(true)
  })

  it('sends a finished job once, with its failure in the reader\'s language', async () => {
    const job = await jobs.submit('ann', { fail: 'dataset_missing' })
    await new Promise(resolve => setTimeout(resolve, 50))
    const events = parse(await (await fetch(`${base}/events?id=${job.id}&owner=ann`)).text())
    expect(events).toEqual([['failed', expect.objectContaining({
      error: { code: 'dataset_missing', message: '该数据集已不可用。' },
    })]])
  })

  it('answers 404 for another owner\'s job', async () => {
    const job = await jobs.submit('ann', { answer: 'x' })
    expect((await fetch(`${base}/events?id=${job.id}&owner=bob`)).status).toBe(404)
  })
})
