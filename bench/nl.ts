// `npm run bench:nl [-- --split dev|test] [--limit N]`: nvBench prompts through generate(),
// scored as /work/shared/bench/README.md describes. Failures go to bench/out/nl-failures.jsonl.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { generate } from '../shared/engine/index'
import { profileTable } from '../shared/engine/profile/index'
import { readTable } from '../shared/engine/read/index'
import type { Profile } from '../shared/engine/types'
import { exactMatches, extract, markMatches, type Gold } from './lib/score'

interface Case {
  id: string
  split: 'dev' | 'test'
  table: string
  prompt: string
  hardness: string
  gold: Gold
}

const ROOT = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'nvbench')
const OUT = join(import.meta.dirname, 'out')

const { values: args } = parseArgs({
  options: { split: { type: 'string', default: 'test' }, limit: { type: 'string' } },
})

async function loadProfile(path: string, cache: Map<string, Profile>): Promise<Profile> {
  let profile = cache.get(path)
  if (!profile) {
    const bytes = new Uint8Array(readFileSync(join(ROOT, path)))
    profile = profileTable(await readTable(bytes, path))
    cache.set(path, profile)
  }
  return profile
}

class Tally {
  private groups = new Map<string, { n: number; exact: number; mark: number }>()
  add(key: string, exact: boolean, mark: boolean): void {
    const g = this.groups.get(key) ?? { n: 0, exact: 0, mark: 0 }
    g.n++
    if (exact) g.exact++
    if (mark) g.mark++
    this.groups.set(key, g)
  }
  print(title: string): void {
    console.log(`\n${title}`)
    for (const [key, g] of [...this.groups].sort()) {
      const pct = (v: number) => `${((100 * v) / g.n).toFixed(1)}%`.padStart(7)
      const n = String(g.n).padStart(5)
      console.log(`  ${key.padEnd(12)} n=${n}  exact ${pct(g.exact)}  chart ${pct(g.mark)}`)
    }
  }
}

async function main(): Promise<void> {
  const cases = readFileSync(join(ROOT, 'cases.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as Case)
    .filter((c) => c.split === args.split)
    .slice(0, args.limit ? Number(args.limit) : undefined)
  const profiles = new Map<string, Profile>()
  const overall = new Tally()
  const byHardness = new Tally()
  const byMark = new Tally()
  const times: number[] = []
  const failures: string[] = []
  for (const c of cases) {
    const profile = await loadProfile(c.table, profiles)
    const started = performance.now()
    const result = generate({ profile, prompts: [c.prompt], lang: 'en' })
    times.push(performance.now() - started)
    const got = result.ok ? extract(result.specs[0]!.spec) : undefined
    const mark = !!got && markMatches(c.gold, got)
    const exact = !!got && exactMatches(c.gold, got)
    overall.add('all', exact, mark)
    byHardness.add(c.hardness, exact, mark)
    byMark.add(c.gold.mark, exact, mark)
    if (!exact) {
      const mentions = result.ok
        ? result.understood.mentions.map((m) => `${m.kind}:${m.text}=${m.value}`) : undefined
      failures.push(JSON.stringify({
        id: c.id, table: c.table, prompt: c.prompt, gold: c.gold,
        got: got ?? (result.ok ? undefined : result.error.code), mentions,
      }))
    }
  }
  times.sort((a, b) => a - b)
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0
  console.log(`nvBench ${args.split}: ${cases.length} cases, ${profiles.size} tables`)
  overall.print('Overall')
  byHardness.print('By hardness')
  byMark.print('By gold mark')
  const ms = (p: number) => `${pct(p).toFixed(2)} ms`
  console.log(`\nEngine time per case: p50 ${ms(0.5)}, p95 ${ms(0.95)}`)
  mkdirSync(OUT, { recursive: true })
  writeFileSync(join(OUT, 'nl-failures.jsonl'), failures.join('\n') + '\n')
  console.log(`Failures: ${failures.length} → bench/out/nl-failures.jsonl`)
}

main().catch((error: unknown) => {
  console.error('[bench]', error)
  process.exitCode = 1
})
