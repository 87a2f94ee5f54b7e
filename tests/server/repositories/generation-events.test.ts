import { describe, expect, it } from 'vitest'
import { backends, useTestDatabase } from '../../helpers/db'

describe.each(backends)('repositories/generation-events ($name)', (backend) => {
  const t = useTestDatabase(backend)

  it('counts events by engine and outcome, by mark and per UTC day', async () => {
    const record = (engine: string, ok: boolean, mark: string | null) =>
      t.repos.generationEvents.record({ engine, ok, mark, ms: 12.6, promptChars: 20 })
    await record('rules', true, 'bar')
    await record('rules', true, 'bar')
    await record('rules', false, null)
    await record('llm', true, 'line')

    const stats = await t.repos.generationEvents.stats()
    expect(stats.byEngine).toEqual([
      { engine: 'llm', ok: true, count: 1 },
      { engine: 'rules', ok: false, count: 1 },
      { engine: 'rules', ok: true, count: 2 },
    ])
    expect(stats.byMark[0]).toEqual({ mark: 'bar', count: 2 })
    expect(stats.byMark).toHaveLength(3)

    const today = Math.floor(Date.now() / 86_400_000) * 86_400_000
    expect(stats.perDay).toEqual([{ day: today, count: 4, ok: 3 }])
    expect((await t.repos.generationEvents.stats(Date.now() + 60_000)).perDay).toEqual([])
  })
})
