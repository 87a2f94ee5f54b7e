import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'cli/index.ts', 'generate', ...args], { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString() })
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString() })
    child.on('error', reject)
    child.on('close', code => resolve({ code, stdout, stderr }))
  })
}

/** Every field an encoding channel names, at any depth. */
function fieldsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach(v => fieldsOf(v, out))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'field' && typeof v === 'string') out.push(v)
      else fieldsOf(v, out)
    }
  }
  return out
}

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wanwu-generate-'))
  const rows = ['Name,Job Title,Age,Hired']
  const jobs = ['engineer', 'doctor', 'teacher']
  for (let i = 0; i < 30; i++) {
    const hired = `20${10 + (i % 10)}-01-0${1 + (i % 9)}`
    rows.push(`P${i},${jobs[i % 3]},${20 + (i * 7) % 40},${hired}`)
  }
  await writeFile(join(dir, 'people.csv'), rows.join('\r\n'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('cli/generate', () => {
  it('answers every batch line, reads each file once and writes only JSON', async () => {
    const lines = [
      {
        id: 'mean',
        data: join(dir, 'people.csv'),
        prompts: ['average Age by Job Title as a bar chart'],
      },
      { id: 'follow', data: 'people.csv', prompts: ['average Age by Job Title', 'as a pie chart'] },
      'not json',
      { id: 'missing', data: join(dir, 'nope.csv'), prompts: ['anything'] },
      { id: 'inline', prompts: ['apples 30 bananas 20 oranges 50 pie'] },
      { id: 'empty' },
    ]
    const input = join(dir, 'in.jsonl')
    const output = join(dir, 'out.jsonl')
    const text = lines.map(l => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')
    await writeFile(input, text)

    const { code, stdout, stderr } = await cli(['--batch', input, '--out', output])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/6 lines, 3 failed, 2 files/)

    const out = (await readFile(output, 'utf8')).trim().split('\n').map(l => JSON.parse(l))
    expect(out.map(r => r.id)).toEqual(['mean', 'follow', null, 'missing', 'inline', 'empty'])
    for (const r of out.slice(0, 2)) {
      expect(r.ok).toBe(true)
      expect(r.specs.length).toBeGreaterThanOrEqual(1)
      expect(r.specs.length).toBeLessThanOrEqual(3)
      expect(r.ms).toBeGreaterThan(0)
      for (const spec of r.specs) {
        expect(spec.data).toEqual({ name: 'table' })
        for (const f of fieldsOf(spec.encoding)) {
          expect(['Name', 'Job Title', 'Age', 'Hired']).toContain(f)
        }
      }
    }
    expect(out[1].specs[0].mark).toMatchObject({ type: 'arc' })
    expect(out[2]).toMatchObject({ ok: false, error: { code: 'bad_line' } })
    expect(out[3]).toMatchObject({ ok: false, error: { code: 'file_not_found' } })
    expect(out[4].specs[0].data.values).toHaveLength(3)
    expect(out[5]).toMatchObject({ ok: false, error: { code: 'bad_line' } })
  }, 180_000)

  it('prints one conversation as JSON and renders it to SVG', async () => {
    const svg = join(dir, 'chart.svg')
    const data = join(dir, 'people.csv')
    const args = ['--data', data, '--prompt', 'count by Job Title', '--svg', svg]
    const { code, stdout } = await cli(args)
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.ok).toBe(true)
    expect(result.specs[0].spec.data).toEqual({ name: 'table' })
    expect(await readFile(svg, 'utf8')).toMatch(/^<svg[\s\S]*engineer[\s\S]*<\/svg>\s*$/)
  }, 180_000)

  it('exits with 2 and usage on bad arguments', async () => {
    const { code, stderr } = await cli(['--nope'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/Usage/)
  }, 180_000)
})
