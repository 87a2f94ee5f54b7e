import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, signUpWithForm } from './browser-helpers'
import { api, baseURL } from './helpers'


let browser: Browser

const signUpInBrowser = (page: Page, name: string) => signUpWithForm(page, baseURL(), name)

/** The editor, once hydrated: a prompt sent before that is lost with the server-rendered form. */
async function openEditor(page: Page) {
  await page.goto(`${baseURL()}/editor`)
  await page.waitForLoadState('networkidle')
}

async function ask(page: Page, prompt: string) {
  const box = page.locator('textarea[data-testid=prompt-input]')
  await box.fill(prompt)
  await box.press('Enter')
}

/** The marks drawn in the chart area (Vega names its mark groups by kind). */
async function drawn(page: Page, kind: 'rect' | 'arc' | 'line') {
  await page.waitForSelector(`[data-testid=chart] svg .mark-${kind} path`)
  return page.locator(`[data-testid=chart] svg .mark-${kind} path`).count()
}

describe('data typed into the editor prompt', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => { await browser?.close() })

  it.each([
    ['Q1 120, Q2 150, Q3 90, Q4 200 as a line chart', 'line'],
    ['苹果30，香蕉20，橙子50 的饼图', 'arc'],
    ['plot y = sin(x) from 0 to 2π', 'line'],
    ['画出 y = e^x 在 0 到 3 之间', 'line'],
    ['region,quarter,sales\nNorth,Q1,10\nNorth,Q2,12\nSouth,Q1,8\nstacked bars by region', 'rect'],
  ] as const)('charts "%s" with no dataset', async (prompt, kind) => {
    const page = await browser.newPage()
    await openEditor(page)
    await ask(page, prompt)
    expect(await drawn(page, kind)).toBeGreaterThan(0)
    await page.close()
  })

  it('explains bad input instead of drawing', async () => {
    const page = await browser.newPage()
    await openEditor(page)
    await ask(page, 'sales 42')
    await expect.poll(() => page.locator('[data-testid=engine-error]').innerText())
      .toMatch(/at least two numbers/)
    await page.close()
  })

  it('saves the typed values as a dataset that the chart then uses', async () => {
    const stamp = Date.now().toString(36)
    const context = await browser.newContext()
    const page = await context.newPage()
    await signUpInBrowser(page, `inline${stamp}`)
    await openEditor(page)
    await ask(page, 'apples 30 bananas 20 oranges 50 pie')
    expect(await drawn(page, 'arc')).toBe(3)

    await page.click('[data-testid=save-inline-dataset]')
    // The rows are now a dataset: its preview shows the typed labels, the chart still draws.
    await page.waitForSelector('table >> text=bananas')
    expect(await drawn(page, 'arc')).toBe(3)

    const cookies = await context.cookies()
    const headers = { cookie: cookies.map(c => `${c.name}=${c.value}`).join('; ') }
    const list = await api<{ id: string; title: string; rowCount: number }[]>('/api/datasets', { headers })
    const saved = list.body.find(d => d.title.startsWith('apples 30'))
    expect(saved?.rowCount).toBe(3)
    const rows = await api<Record<string, unknown>[]>(`/api/datasets/${saved!.id}/rows`, { headers })
    expect(rows.body.map(r => [r.label, r.value]))
      .toEqual([['apples', 30], ['bananas', 20], ['oranges', 50]])

    // A follow-up now refines the chart on the dataset, and the saved chart refers to it.
    await ask(page, 'as a bar chart')
    expect(await drawn(page, 'rect')).toBe(3)
    await page.click('[data-testid=save]')
    await page.waitForURL(/\/editor\/[\w-]+$/)
    const chartId = page.url().split('/').pop()!
    const chart = await api<{ datasetId: string; spec: { data?: unknown } }>(`/api/charts/${chartId}`, { headers })
    expect(chart.body.datasetId).toBe(saved!.id)
    expect(chart.body.spec.data).toEqual({ name: 'table' })
    await context.close()
  })
})
