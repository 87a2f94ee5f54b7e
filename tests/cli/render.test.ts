import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { run } from '../../cli/render'

const barSpec = (data: object) => ({
  data,
  mark: 'bar',
  encoding: {
    x: { field: 'city', type: 'nominal' },
    y: { field: 'people', type: 'quantitative' },
  },
})

async function capture(argv: string[]) {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    const code = await run(argv)
    return { code, stderr: err.mock.calls.map(call => String(call[0])).join('') }
  }
  finally {
    err.mockRestore()
    out.mockRestore()
  }
}

describe('cli/render', () => {
  let dir: string
  const file = (name: string) => join(dir, name)

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wanwu-render-'))
    await writeFile(file('named.json'), JSON.stringify(barSpec({ name: 'table' })))
    await writeFile(file('rows.json'), JSON.stringify([{ city: '北京', people: 2154 }]))
    await writeFile(file('rows.csv'), 'city,people\nShanghai,2487\n')
    await writeFile(file('hostile.json'), JSON.stringify(barSpec({ url: 'file:///etc/passwd' })))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('renders a spec with a named dataset to SVG', async () => {
    const { code } = await capture([
      file('named.json'), '--svg', file('out.svg'), '--data', `table=${file('rows.json')}`,
    ])
    expect(code).toBe(0)
    expect(await readFile(file('out.svg'), 'utf8')).toContain('>北京</text>')
  })

  it('renders PNG with the dark theme from CSV rows', async () => {
    const { code } = await capture([
      file('named.json'), '--png', file('out.png'), '--theme', 'dark',
      '--data', `table=${file('rows.csv')}`,
    ])
    expect(code).toBe(0)
    const png = await readFile(file('out.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
  })

  it('exits non-zero with the reason and no stack trace for a refused spec', async () => {
    const { code, stderr } = await capture([file('hostile.json'), '--svg', file('no.svg')])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^\[render\] .*files/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('prints usage for missing arguments', async () => {
    const { code, stderr } = await capture([file('named.json')])
    expect(code).toBe(2)
    expect(stderr).toContain('Usage:')
  })
})
