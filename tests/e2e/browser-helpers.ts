import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'

// Debian's Chromium, never a browser downloaded by a test tool (.ci/run installs it).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Without the background-networking flags Chromium keeps calling out to a closed network.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** A small upload: two categories, a measure and years. */
export const SALES_CSV = [
  'Region,Product,Sales,Year',
  'North,Tea,120,2021', 'North,Coffee,80,2021', 'South,Tea,150,2021', 'South,Coffee,60,2021',
  'East,Tea,90,2022', 'East,Coffee,110,2022', 'West,Tea,70,2022', 'West,Coffee,130,2022',
].join('\n')

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`[e2e] Chromium not found at ${CHROMIUM}: apt-get install chromium`)
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
}

/** Signs a new account up through the form; the app then opens the editor. */
export async function signUpWithForm(page: Page, base: string, name: string): Promise<void> {
  await page.goto(`${base}/register`)
  await page.fill('input[type=email]', `${name}@example.com`)
  await page.fill('input[type=password]', 'correct horse battery')
  await page.fill('input[autocomplete=username]', name)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/editor/)
}
