import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../shared/engine'
import { generateWithModel } from '../../../server/llm'
import type { LlmConfig } from '../../../server/llm'
import { warmSchema } from '../../../server/llm/schema'
import { startFakeOpenAI } from '../../helpers/fake-openai'
import type { FakeOpenAI } from '../../helpers/fake-openai'
import { goodSpec, salesProfile, salesTable } from './fixtures'

const PROMPT = 'total amount by region as a bar chart'
const input = { table: salesTable, profile: salesProfile, prompts: [PROMPT], lang: 'en' as const }
const answer = (spec: unknown) => ({ content: JSON.stringify(spec) })

let fake: FakeOpenAI
const configFor = (mode: LlmConfig['mode'], timeoutMs = 3000): LlmConfig => ({
  mode, minConfidence: 0.6, provider: { baseUrl: fake.url, model: 'fake', timeoutMs },
})

describe('llm', () => {
  beforeAll(async () => {
    fake = await startFakeOpenAI()
    await warmSchema()
  }, 120_000)
  afterAll(() => fake.close())

  it('equals the rule engine when no model is configured', async () => {
    const off = { mode: 'rules' as const, minConfidence: 0.6 }
    const result = await generateWithModel({ ...input, forceModel: true }, off)
    expect(result).toEqual({ ...generate(input), engine: 'rules', fallback: false })
  })

  it('keeps a confident engine answer in hybrid mode without asking', async () => {
    fake.script([answer(goodSpec)])
    const result = await generateWithModel(input, configFor('hybrid'))
    expect(result).toMatchObject({ ok: true, engine: 'rules', fallback: false })
    expect(fake.requests).toHaveLength(0)
  })

  it('puts a good model answer first, having sent the profile but not the rows', async () => {
    fake.script([answer(goodSpec)])
    const result = await generateWithModel({ ...input, forceModel: true }, configFor('hybrid'))
    expect(result).toMatchObject({ ok: true, engine: 'model', fallback: false })
    if (result.ok) expect(result.specs[0]!.spec).toEqual({ ...goodSpec, data: { name: 'table' } })

    const [request] = fake.requests
    expect(request!.body.response_format).toEqual({ type: 'json_object' })
    const text = request!.body.messages.map(m => m.content).join('\n')
    expect(text).toContain('"name":"amount"')
    const amountsSent = salesTable.rows.filter(row => text.includes(String(row.amount)))
    expect(amountsSent.length).toBeLessThan(10)
  })

  it('repairs an answer that is not JSON', async () => {
    fake.script([{ content: 'Here is your chart: a bar of amount' }, answer(goodSpec)])
    const result = await generateWithModel(input, configFor('llm'))
    expect(result).toMatchObject({ ok: true, engine: 'model', fallback: false, repaired: true })
    expect(fake.requests).toHaveLength(2)
    expect(fake.requests[1]!.body.messages.at(-1)!.content).toContain('not a JSON object')
  })

  it('accepts a fenced JSON answer', async () => {
    fake.script([{ content: `Sure:\n\`\`\`json\n${JSON.stringify(goodSpec)}\n\`\`\`` }])
    const result = await generateWithModel(input, configFor('llm'))
    expect(result).toMatchObject({ engine: 'model', fallback: false })
    expect(fake.requests).toHaveLength(1)
  })

  it('falls back to the engine after a failed repair of unknown fields', async () => {
    const wrong = { ...goodSpec, encoding: { x: { field: 'country', type: 'nominal' } } }
    fake.script([answer(wrong), answer(wrong)])
    const result = await generateWithModel(input, configFor('llm'))
    expect(result).toMatchObject({
      ok: true, engine: 'rules', fallback: true, fallbackReason: 'invalid_answer',
    })
    expect(fake.requests).toHaveLength(2)
    expect(fake.requests[1]!.body.messages.at(-1)!.content).toContain('unknown fields country')
    const rules = generate(input)
    if (result.ok && rules.ok) {
      expect(result.specs).toEqual(rules.specs)
      expect(result.warnings.map(w => w.code)).toContain('modelFallback')
    }
  })

  it('falls back when the model is too slow', async () => {
    fake.script([{ ...answer(goodSpec), delayMs: 2000 }])
    const started = Date.now()
    const result = await generateWithModel(input, configFor('llm', 300))
    expect(result).toMatchObject({ engine: 'rules', fallback: true, fallbackReason: 'timeout' })
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('falls back on 429 and 500 without retrying', async () => {
    fake.script([{ status: 429, body: { error: { message: 'slow down' } } }])
    expect(await generateWithModel(input, configFor('llm')))
      .toMatchObject({ engine: 'rules', fallback: true, fallbackReason: 'rate_limited' })
    expect(fake.requests).toHaveLength(1)

    fake.script([{ status: 500, body: { error: { message: 'boom' } } }])
    expect(await generateWithModel(input, configFor('llm')))
      .toMatchObject({ engine: 'rules', fallback: true, fallbackReason: 'unavailable' })
    expect(fake.requests).toHaveLength(1)
  })

  it('answers with the model where the engine found nothing', async () => {
    const lost = { ...input, prompts: ['zzqx wibble'] }
    expect(generate(lost).ok).toBe(false)
    fake.script([answer(goodSpec)])
    const result = await generateWithModel(lost, configFor('hybrid'))
    expect(result).toMatchObject({ ok: true, engine: 'model', fallback: false })
    if (result.ok) expect(result.state.prompts).toEqual(['zzqx wibble'])
  })

  it('reports an engine failure when the model fails too', async () => {
    const lost = { ...input, prompts: ['zzqx wibble'] }
    fake.script([{ status: 500, body: {} }])
    const result = await generateWithModel(lost, configFor('hybrid'))
    expect(result).toMatchObject({ ok: false, engine: 'rules', fallback: true })
  })
})
