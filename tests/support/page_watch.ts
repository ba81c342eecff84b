import type { BrowserContext, Page } from 'playwright'
import app from '@adonisjs/core/services/app'
import { seriousA11yViolations } from '#tests/support/axe'
import { PASSWORD } from '#tests/support/identity'

/**
 * Opens pages of the built app and records what a person would suffer from:
 * script errors, console errors, failed requests, non-2xx assets, and
 * axe-core's serious or critical accessibility findings.
 */
export class PageWatch {
  readonly problems: string[] = []
  readonly components = new Set<string>()

  constructor(private baseUrl: string) {}

  async open(context: BrowserContext) {
    const page = await context.newPage()
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      // Chromium logs the document's own 4xx; the visit asserts that status.
      const isDocument = message.location().url === page.url()
      if (isDocument && message.text().startsWith('Failed to load resource')) return
      this.problems.push(`console error on ${page.url()}: ${message.text()}`)
    })
    page.on('requestfailed', (request) => {
      // Chromium aborts what a page still loads when the person moves on (the
      // favicon, a partial reload of deferred props, a live-updates stream, a
      // lazily loaded chunk): a cancellation, not a failure. A missing asset
      // answers 404 and is caught below.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return
      this.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
    })
    page.on('response', (response) => {
      const type = response.request().resourceType()
      if (type !== 'document' && type !== 'fetch' && type !== 'xhr' && response.status() >= 400) {
        this.problems.push(`${type} ${response.url()} answered ${response.status()}`)
      }
    })
    return page
  }

  /** Loads a URL and returns the Inertia page it rendered, once mounted. */
  async visit(page: Page, path: string, expectedStatus = 200) {
    const response = await page.goto(`${this.baseUrl}${path}`)
    if (response?.status() !== expectedStatus) {
      this.problems.push(`${path} answered ${response?.status()}, expected ${expectedStatus}`)
    }
    return this.rendered(page)
  }

  /** Waits until a flash toast has finished coming in (axe reads its colours mid-fade otherwise). */
  async toastShown(page: Page) {
    await page.locator('[data-sonner-toast][data-mounted="true"]').first().waitFor()
    await page.waitForTimeout(600)
  }

  /**
   * Full-page screenshots of the page as it is now, at desktop and phone
   * widths, into tmp/screenshots/<name>-{desktop,phone}.png (to look at; not
   * compared). The phone width also gets axe's findings.
   */
  async screenshots(page: Page, name: string) {
    const size = page.viewportSize()
    for (const [label, width, height] of [
      ['phone', 375, 812],
      ['desktop', 1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.waitForTimeout(200)
      await page.screenshot({
        path: app.tmpPath('screenshots', `${name}-${label}.png`),
        fullPage: true,
      })
      if (label === 'phone') await this.checkA11y(page, `${name} at 375 px`)
    }
    if (size) await page.setViewportSize(size)
  }

  /** axe-core's findings on the page as it is now (after deferred props or a dialog opened). */
  async checkA11y(page: Page, what: string) {
    for (const violation of await seriousA11yViolations(page)) {
      this.problems.push(`${what}: ${violation}`)
    }
  }

  /** The component Inertia has mounted (also after a client-side visit). */
  async rendered(page: Page) {
    await page.waitForSelector('#app h1', { timeout: 15_000 }).catch(() => {
      throw new Error(`${page.url()} never rendered; seen so far: ${this.problems.join(' | ')}`)
    })
    const component = await page.evaluate<string | undefined>(
      'window.history.state?.page?.component'
    )
    if (component) this.components.add(component)
    for (const violation of await seriousA11yViolations(page)) {
      this.problems.push(`${component}: ${violation}`)
    }
    return component
  }
}

/** A new browser context signed in with a username and password; returns its first page. */
export async function signedIn(
  watch: PageWatch,
  context: BrowserContext,
  username: string,
  landing = '**/dashboard'
) {
  const page = await watch.open(context)
  await watch.visit(page, '/login')
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(landing)
  return page
}
