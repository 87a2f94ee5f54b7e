import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SALES_CSV, launchChromium, signUpWithForm } from './browser-helpers'
import { baseURL } from './helpers'

let browser: Browser

const signUpInBrowser = (page: Page, name: string) => signUpWithForm(page, baseURL(), name)

async function pickOption(page: Page, trigger: string, option: string) {
  await page.click(trigger)
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe('the main path in a browser', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => { await browser?.close() })

  it('signs up, uploads, prompts, refines, saves, publishes and gets forked', async () => {
    const stamp = Date.now().toString(36)
    const context = await browser.newContext()
    const page = await context.newPage()
    await signUpInBrowser(page, `alice${stamp}`)

    // Upload a CSV; the new dataset becomes the editor's data.
    await page.setInputFiles('[data-testid=upload-input]', { name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(SALES_CSV) })
    await page.waitForSelector('text=Region')

    // Prompt in English.
    const prompt = page.locator('textarea[data-testid=prompt-input]')
    await prompt.fill('total sales by region')
    await prompt.press('Enter')
    await page.waitForSelector('[data-testid=chart] svg')
    await expect.poll(() => page.locator('[data-testid=chip-y]').innerText()).toContain('Sales')
    // With no model configured there is nothing to ask.
    expect(await page.locator('[data-testid=ask-model]').count()).toBe(0)

    // Refine in Chinese.
    await prompt.fill('换成饼图')
    await prompt.press('Enter')
    await expect.poll(() => page.locator('[data-testid=chip-chart]').innerText()).toContain('arc')

    // Edit a chip: back to bars without retyping.
    await pickOption(page, '[data-testid=chip-chart]', 'bar')
    await expect.poll(() => page.locator('[data-testid=chip-chart]').innerText()).toContain('bar')

    // Save as public.
    const title = `Sales by region ${stamp}`
    await page.fill('input[data-testid=chart-title]', title)
    await page.click('[data-testid=save]')
    await page.waitForURL(/\/editor\/[\w-]+$/)
    const href = await page.locator('[data-testid=public-link]').getAttribute('href')
    expect(href).toMatch(/^\/c\/[a-z0-9]+$/)

    // Log out, then the public page works for anyone, with no JavaScript at all.
    await context.clearCookies()
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const anon = await noJs.newPage()
    await anon.goto(`${baseURL()}${href}`)
    expect(await anon.locator('svg[role=img]').count()).toBeGreaterThan(0)
    expect(await anon.title()).toContain(title)
    await noJs.close()

    // It is in the gallery.
    await page.goto(`${baseURL()}/gallery?q=${encodeURIComponent(title)}`)
    await page.waitForSelector(`a[href="${href}"]`)

    // Another user forks it.
    const other = await browser.newContext()
    const bob = await other.newPage()
    await signUpInBrowser(bob, `bob${stamp}`)
    await bob.goto(`${baseURL()}${href}`)
    await bob.click('[data-testid=fork]')
    await bob.waitForURL(/\/editor\/[\w-]+$/)
    expect(bob.url()).not.toContain(href)
    await other.close()
    await context.close()
  })
  it('overrides a field type, marks spec syntax errors, previews alternatives, tags and compares versions', async () => {
    const stamp = Date.now().toString(36)
    const context = await browser.newContext()
    const page = await context.newPage()
    await signUpInBrowser(page, `cara${stamp}`)
    await page.setInputFiles('[data-testid=upload-input]', { name: 'sales.csv', mimeType: 'text/csv', buffer: Buffer.from(SALES_CSV) })
    await page.waitForSelector('[data-testid=type-Sales]')

    // A number column read as categories instead.
    await pickOption(page, '[data-testid=type-Sales]', 'category')
    await expect.poll(() => page.locator('[data-testid=type-Sales]').innerText()).toContain('category')
    await pickOption(page, '[data-testid=type-Sales]', 'number')
    await expect.poll(() => page.locator('[data-testid=type-Sales]').innerText()).toContain('number')

    const prompt = page.locator('textarea[data-testid=prompt-input]')
    await prompt.fill('total sales by region')
    await prompt.press('Enter')
    await page.waitForSelector('[data-testid=chart] svg')
    // Alternatives are small charts, not only labels.
    await page.waitForSelector('[data-testid=alternative-1] svg')

    // A syntax error is marked on its line and explained under the editor.
    await page.getByRole('tab', { name: 'Spec' }).click()
    await page.locator('.cm-line', { hasText: '"mark"' }).first().click()
    await page.keyboard.press('End')
    await page.keyboard.type(' oops')
    await page.waitForSelector('.cm-lint-marker-error', { timeout: 10_000 })
    await page.waitForSelector('text=/line \\d+ column/')
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace')
    await expect.poll(() => page.locator('.cm-lint-marker-error').count(), { timeout: 10_000 }).toBe(0)

    // A value the Vega-Lite schema does not allow ("barr" as a mark type) is marked too.
    await page.locator('.cm-line', { hasText: '"type": "bar"' }).first().click()
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.type('r')
    await page.waitForSelector('.cm-lint-marker-error', { timeout: 10_000 })
    await page.keyboard.press('Backspace')
    await expect.poll(() => page.locator('.cm-lint-marker-error').count(), { timeout: 10_000 }).toBe(0)

    // Tags, then two versions saved from the keyboard, then a diff between them.
    const tag = `t${stamp}`
    await page.fill('input[data-testid=chart-tags]', tag)
    await page.press('input[data-testid=chart-tags]', 'Enter')
    await page.fill('input[data-testid=chart-title]', `Tagged ${stamp}`)
    await page.keyboard.press('Control+s')
    await page.waitForURL(/\/editor\/[\w-]+$/)
    await prompt.fill('as a line chart')
    await prompt.press('Enter')
    await expect.poll(() => page.locator('[data-testid=chip-chart]').innerText()).toContain('line')
    await page.getByPlaceholder('What changed (optional)').fill('lines now')
    await page.keyboard.press('Control+s')
    await page.waitForSelector('text=v2')
    await page.getByRole('tab', { name: 'Versions' }).click()
    await page.waitForSelector('[data-testid=versions] li >> nth=1')
    expect(await page.locator('[data-testid=versions]').innerText()).toContain('lines now')
    const boxes = page.locator('[data-testid=versions] button[role=checkbox]')
    await boxes.nth(0).click()
    await boxes.nth(1).click()
    expect(await page.locator('[data-testid=version-diff]').innerText()).toContain('"line"')

    // The tag is on the public page and filters the gallery.
    const href = (await page.locator('[data-testid=public-link]').getAttribute('href'))!
    await page.goto(`${baseURL()}${href}`)
    expect(await page.locator('[data-testid=tags]').innerText()).toContain(`#${tag}`)
    await page.goto(`${baseURL()}/gallery?tag=${tag}`)
    await page.waitForSelector(`a[href="${href}"]`)
    await context.close()
  })

  it('keeps a chart made before signing up, through "Create one", to its first save', async () => {
    const stamp = Date.now().toString(36)
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(baseURL())
    await page.locator('a[href^="/editor?dataset="]', { hasText: 'Cars' }).click()
    const prompt = page.locator('textarea[data-testid=prompt-input]')
    await prompt.fill('average horsepower by origin')
    await prompt.press('Enter')
    await page.waitForSelector('[data-testid=chart] svg')
    await prompt.fill('换成折线图')
    await prompt.press('Enter')
    await expect.poll(() => page.locator('[data-testid=chip-chart]').innerText()).toContain('line')

    // Saving asks to sign in; one click on the link below the focused form reaches sign-up.
    await page.click('[data-testid=save]')
    await page.waitForURL(/\/login/)
    await page.getByRole('link', { name: 'Create one' }).click()
    await page.waitForURL(/\/register/, { timeout: 5_000 })
    await page.fill('input[type=email]', `dora${stamp}@example.com`)
    await page.fill('input[type=password]', 'correct horse battery')
    await page.fill('input[autocomplete=username]', `dora${stamp}`)
    await page.click('button[type=submit]')
    await page.waitForURL(/\/editor/)

    // Back in the editor with the conversation and the line chart, ready to save.
    await page.waitForSelector('[data-testid=chart] svg')
    expect(await page.locator('[data-testid=conversation]').innerText()).toContain('换成折线图')
    expect(await page.locator('[data-testid=chip-chart]').innerText()).toContain('line')
    await page.click('[data-testid=save]')
    await page.waitForURL(/\/editor\/[\w-]+$/)
    await context.close()
  })
})
