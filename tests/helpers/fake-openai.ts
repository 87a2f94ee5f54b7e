// A scripted OpenAI-compatible chat server on a random local port, for model tests.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeReply {
  /** Assistant message text, wrapped in a chat completion. */
  content?: string
  status?: number
  /** Raw JSON body for error replies. */
  body?: unknown
  delayMs?: number
}

export interface FakeRequest {
  path: string
  body: {
    model: string
    messages: { role: string; content: string }[]
    response_format?: { type: string }
  }
}

export interface FakeOpenAI {
  /** Base URL to configure, ending in /v1. */
  url: string
  requests: FakeRequest[]
  /** Requests whose caller hung up before the reply was sent (a cancel or a timeout). */
  aborted: number
  /** Replies for the next requests, in order; the last one repeats. */
  script(replies: FakeReply[]): void
  close(): Promise<void>
}

function completion(content: string) {
  return {
    id: 'chatcmpl-fake', object: 'chat.completion', created: 0, model: 'fake',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  }
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  let replies: FakeReply[] = [{ status: 500, body: { error: { message: 'not scripted' } } }]
  const requests: FakeRequest[] = []
  let aborted = 0

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    res.on('close', () => { if (!res.writableFinished) aborted += 1 })
    requests.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) })
    const reply = (replies.length > 1 ? replies.shift() : replies[0])!
    if (reply.delayMs) await new Promise(resolve => setTimeout(resolve, reply.delayMs))
    if (res.destroyed) return
    const status = reply.status ?? 200
    const body = status === 200 ? completion(reply.content ?? '') : reply.body ?? {}
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    get aborted() { return aborted },
    script(next) {
      replies = [...next]
      requests.length = 0
      aborted = 0
    },
    close() {
      server.closeAllConnections()
      return new Promise(resolve => server.close(() => resolve()))
    },
  }
}
