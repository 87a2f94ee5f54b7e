import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai'
import { SALES_CSV, launchChromium, signUpWithForm } from './browser-helpers'
import { startAppServer, type AppServer } from '../../scripts/app-server'

// The same production build as the other e2e files, started a second time with a (fake) model
// server in hybrid mode, an admin and a metrics token.
const TOKEN = 'e2e-metrics-token'
const stamp = Date.now().toString(36)
const ADMIN = `admin${stamp}`

// Fields the engine would not pick for these prompts, so the chips must come from the model.
const PRODUCT_BARS = {
  mark: 'bar',
  encoding: {
    x: { field: 'Product', type: 'nominal' },
    y: { field: 'Sales', type: 'quantitative', aggregate: 'mean' },
    color: { field: 'Region', type: 'nominal' },
  },
}
const YEAR_LINE = {
  mark: { type: 'line', point: true },
  encoding: {
    x: { field: 'Year', type: 'ordinal' },
    y: { field: 'Sales', type: 'quantitative', aggregate: 'sum' },
  },
}

let fake: FakeOpenAI
let app: AppServer
let browser: Browser
const contexts: BrowserContext[] = []

async function signUpInBrowser(name: string, locale?: string): Promise<Page> {
  const context = await browser.newContext()
  contexts.push(context)
  if (locale) {
    await context.addCookies([{ name: 'wanwu_lang', value: locale, url: app.url }])
  }
  const page = await context.newPage()
  await signUpWithForm(page, app.url, name)
  return page
}

const chip = (page: Page, key: string) => page.locator(`[data-testid=chip-${key}]`).innerText()
const conversation = (page: Page) => page.locator('[data-testid=conversation] li').allInnerTexts()

async function metricsText(token?: string) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
  const res = await fetch(`${app.url}/metrics`, { headers })
  return { status: res.status, text: await res.text() }
}

function generations(text: string, engine: string, outcome: string): number {
  const line = text.split('\n').find(l => l.startsWith('wanwu_generations_total{')
    && l.includes(`engine="${engine}"`) && l.includes(`outcome="${outcome}"`))
  return line ? Number(line.split(' ').at(-1)) : 0
}

describe('the editor with a language model (hybrid mode)', () => {
  beforeAll(async () => {
    fake = await startFakeOpenAI()
    app = await startAppServer({
      LLM_BASE_URL: fake.url, LLM_MODEL: 'fake', LLM_API_KEY: 'sk-fake', LLM_MODE: 'hybrid',
      LLM_TIMEOUT_MS: '45000', ADMIN_EMAILS: `${ADMIN}@example.com`, METRICS_TOKEN: TOKEN,
    })
    browser = await launchChromium()
  })
  afterEach(({ task }) => {
    if (task.result?.state === 'fail') console.error(`[e2e] model server output:\n${app?.log()}`)
  })
  afterAll(async () => {
    for (const context of contexts) await context.close()
    await browser?.close()
    await app?.stop()
    await fake?.close()
  })

  it('shows the job stages, draws the model\'s answer, asks it on request and cancels', async () => {
    const page = await signUpInBrowser(ADMIN)
    await page.setInputFiles('[data-testid=upload-input]', {
      name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(SALES_CSV),
    })
    await page.waitForSelector('text=Region')
    const prompt = page.locator('textarea[data-testid=prompt-input]')

    // A prompt the engine cannot read goes to the model; its stages show while it thinks.
    fake.script([{ content: JSON.stringify(PRODUCT_BARS), delayMs: 1500 }])
    await prompt.fill('something nice')
    await prompt.press('Enter')
    const progress = page.locator('[data-testid=job-progress]')
    await progress.and(page.locator('[data-stage=model]')).waitFor()
    for (const stage of ['Reading the data', 'Understanding the request', 'Asking the language model', 'Checking the answer', 'Drawing the chart']) {
      expect(await progress.innerText()).toContain(stage)
    }
    await progress.waitFor({ state: 'detached' })
    await page.waitForSelector('[data-testid=chart] svg')
    await page.locator('[data-testid=answered-by-model]').waitFor()
    expect(await page.locator('[data-testid=chart] [aria-label*="Product: Tea"]').count()).toBeGreaterThan(0)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]!.body.messages.at(-1)!.content).toContain('something nice')
    // The chips name the model's fields, not a blank engine reading.
    expect(await chip(page, 'x')).toContain('Product')
    expect(await chip(page, 'y')).toContain('Sales')
    expect(await chip(page, 'aggregate')).toContain('mean')
    expect(await chip(page, 'color')).toContain('Region')

    // A prompt the engine is sure of is answered by the rules alone…
    fake.script([{ content: JSON.stringify(YEAR_LINE) }])
    await prompt.fill('total sales by region')
    await prompt.press('Enter')
    await expect.poll(() => conversation(page)).toEqual(['something nice', 'total sales by region'])
    expect(await page.locator('[data-testid=answered-by-model]').count()).toBe(0)
    expect(fake.requests).toHaveLength(0)
    expect(await chip(page, 'x')).toContain('Region')

    // …unless the person asks the model.
    await prompt.fill('sales over the years')
    await page.click('[data-testid=ask-model]')
    await page.locator('[data-testid=answered-by-model]').waitFor()
    expect(fake.requests).toHaveLength(1)
    expect(await conversation(page)).toHaveLength(3)
    expect(await chip(page, 'chart')).toContain('line')
    expect(await chip(page, 'x')).toContain('Year')
    expect(await prompt.inputValue()).toBe('')

    // Cancel stops a slow model call; the conversation and the chart stay as they were.
    fake.script([{ content: JSON.stringify(PRODUCT_BARS), delayMs: 40_000 }])
    const before = await conversation(page)
    const chips = async () => Promise.all(['chart', 'x', 'y', 'aggregate', 'color'].map(k => chip(page, k)))
    const understood = await chips()
    const submitted = page.waitForResponse(r => r.url().endsWith('/api/jobs') && r.request().method() === 'POST')
    await prompt.fill('something else entirely')
    await page.click('[data-testid=ask-model]')
    const { id } = await (await submitted).json() as { id: string }
    await progress.and(page.locator('[data-stage=model]')).waitFor()
    await page.click('[data-testid=job-cancel]')
    await progress.waitFor({ state: 'detached' })
    await expect.poll(() => fake.aborted).toBe(1)
    const job = await page.request.get(`${app.url}/api/jobs/${id}`)
    expect((await job.json()).state).toBe('cancelled')
    expect(await conversation(page)).toEqual(before)
    // The chart itself may show the draft's live preview (the in-browser engine), as any draft does.
    expect(await chips()).toEqual(understood)
    expect(await page.locator('[data-testid=answered-by-model]').count()).toBe(1)
    expect(await prompt.inputValue()).toBe('something else entirely')
    expect(fake.requests).toHaveLength(1)

    // Saved, so the admin page has a chart of its own to count.
    await page.fill('input[data-testid=chart-title]', `Sales over the years ${stamp}`)
    await page.click('[data-testid=save]')
    await page.waitForURL(/\/editor\/[\w-]+$/)
  })

  it('shows an admin real figures drawn on the server, and no admin page to anyone else', async () => {
    const page = contexts[0]!.pages()[0]!
    const response = await page.goto(`${app.url}/admin`)
    expect(response!.status()).toBe(200)
    const html = await response!.text()
    for (const name of ['requests', 'latency', 'success', 'marks', 'newCharts']) {
      expect(html).toMatch(new RegExp(`data-testid="admin-chart-${name}"[^>]*><svg`))
    }
    const totals = await page.locator('[data-testid=admin-totals] dd').allInnerTexts()
    // Requests last hour, generations (two by the model, one by the rules), success, new charts.
    expect(Number(totals[0])).toBeGreaterThan(0)
    expect(totals.slice(1)).toEqual(['3', '100%', '1'])
    const success = await page.locator('[data-testid=admin-chart-success] svg').innerHTML()
    expect(success).toContain('model')
    expect(success).toContain('rules')

    const other = await signUpInBrowser(`bob${stamp}`, 'zh-CN')
    // Any signed-in person may ask the model; the action is translated.
    expect(await other.locator('[data-testid=ask-model]').innerText()).toContain('询问模型')
    const refused = await other.goto(`${app.url}/admin`)
    expect(refused!.status()).toBe(404)
    expect(await other.locator('[data-testid=admin-totals]').count()).toBe(0)
  })

  it('serves /metrics only with the token, with generations counted by engine', async () => {
    expect((await metricsText()).status).toBe(401)
    expect((await metricsText('wrong-token')).status).toBe(401)
    const { status, text } = await metricsText(TOKEN)
    expect(status).toBe(200)
    expect(generations(text, 'model', 'ok')).toBe(2)
    expect(generations(text, 'rules', 'ok')).toBe(1)
    expect(generations(text, 'fallback', 'ok')).toBe(0)
    expect(text).toMatch(/wanwu_http_request_duration_seconds_count\{[^}]*\} [1-9]/)
  })
})
