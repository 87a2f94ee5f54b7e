import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFakeOpenAI } from '../helpers/fake-openai'
import type { FakeOpenAI } from '../helpers/fake-openai'
import { goodSpec, salesTable } from '../server/llm/fixtures'

const root = join(import.meta.dirname, '..', '..')

interface Run { code: number | null; json: Record<string, unknown>; stderr: string }

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'cli/index.ts', 'generate', ...args], {
      cwd: root, env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', code => resolve({ code, json: stdout ? JSON.parse(stdout) : {}, stderr }))
  })
}

let dir: string
let csv: string
let fake: FakeOpenAI
let env: Record<string, string>

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wanwu-generate-model-'))
  csv = join(dir, 'sales.csv')
  const lines = salesTable.rows.map(r => `${r.region},${r.month},${r.amount}`)
  await writeFile(csv, ['region,month,amount', ...lines].join('\n'))
  fake = await startFakeOpenAI()
  env = { LLM_BASE_URL: fake.url, LLM_MODEL: 'fake', LLM_TIMEOUT_MS: '1000', LLM_MODE: 'rules' }
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

describe('cli/generate with a model', () => {
  it('answers with the rule engine alone in rules mode, asking nothing', async () => {
    fake.script([{ content: JSON.stringify(goodSpec) }])
    const run = await cli(['--data', csv, '--prompt', 'total amount by region'], env)
    expect(run.code).toBe(0)
    expect(run.json).toMatchObject({ ok: true, engine: 'rules', fallback: false })
    expect(fake.requests).toHaveLength(0)
  })

  it('asks the model first with --mode llm', async () => {
    fake.script([{ content: JSON.stringify(goodSpec) }])
    const run = await cli(['--data', csv, '--prompt', 'total amount by region', '--mode', 'llm'], env)
    expect(run.json).toMatchObject({ ok: true, engine: 'model', fallback: false })
    const top = (run.json.specs as { spec: Record<string, unknown> }[])[0]!.spec
    expect(top.encoding).toEqual(goodSpec.encoding)
    expect(fake.requests).toHaveLength(1)
  }, 60_000)

  it('asks the model for a prompt the engine is unsure of in hybrid mode', async () => {
    fake.script([{ content: JSON.stringify(goodSpec) }])
    const vague = 'something nice'
    const run = await cli(['--data', csv, '--prompt', vague], { ...env, LLM_MODE: 'hybrid' })
    expect(run.json).toMatchObject({ ok: true, engine: 'model', fallback: false })
    expect(fake.requests).toHaveLength(1)
  }, 60_000)

  it('repairs once, then falls back to the engine and says so', async () => {
    fake.script([{ content: JSON.stringify({ mark: 'bar', encoding: { x: { field: 'nope' } } }) }])
    const run = await cli(['--data', csv, '--prompt', 'total amount by region', '--mode', 'llm'], env)
    expect(run.json).toMatchObject({
      ok: true, engine: 'rules', fallback: true, fallbackReason: 'invalid_answer',
    })
    expect(fake.requests).toHaveLength(2)
  }, 60_000)

  it('falls back when the model server errors', async () => {
    fake.script([{ status: 429, body: { error: { message: 'slow down' } } }])
    const run = await cli(['--prompt', 'apples 30 bananas 20 pie', '--mode', 'llm'], env)
    expect(run.json).toMatchObject({
      ok: true, engine: 'rules', fallback: true, fallbackReason: 'rate_limited',
    })
  }, 60_000)

  it('refuses a model mode without a model server, naming the setting', async () => {
    const run = await cli(['--prompt', 'apples 30 bananas 20', '--mode', 'hybrid'], {
      LLM_BASE_URL: '', LLM_MODE: '',
    })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('LLM_BASE_URL')
  })
})
