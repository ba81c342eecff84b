import type { Page } from 'playwright'
import type { Journey } from '#tests/built/journeys/index'
import { signedIn, type PageWatch } from '#tests/support/page_watch'
import { createUser } from '#tests/support/identity'
import { centers } from '#tests/support/logistics'

/** Creates an item through the console's form; returns its tracking number. */
async function createItem(watch: PageWatch, page: Page, sku: string) {
  await watch.visit(page, '/shipping/items/create')
  await page.getByLabel('SKU (optional)').fill(sku)
  await page.getByRole('button', { name: 'Create item' }).click()
  await page.waitForURL(/\/shipping\/items\/\d{8}-\d{10}$/)
  return decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!)
}

/**
 * A day's work, only through the console (issue 16's browser test): two new
 * items, a new batch holding both (pasted), a planned transport whose start
 * is refused with its reason, the batch loaded, a driver assigned, start and
 * arrival confirmed; both items end COMPLETED with their whole timeline.
 */
export const consoleEndToEnd: Journey = async ({ watch, browser, assert }) => {
  const staff = await createUser({ type: 'STAFF', fullname: 'Ed Endtoend' })
  await createUser({ type: 'DRIVER', fullname: 'Dina Delivers' })
  await centers('TAE', 'ULS')

  const context = await browser.newContext()
  const page = await signedIn(watch, context, staff.username)
  const numbers = [await createItem(watch, page, 'E2E-1'), await createItem(watch, page, 'E2E-2')]

  await watch.visit(page, '/shipping/batches')
  await page.getByRole('button', { name: 'New batch' }).first().click()
  await page.waitForURL(/\/shipping\/batches\/[^/?]+$/)
  const alias = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!)
  await page.getByLabel('Tracking numbers', { exact: true }).fill(numbers.join('\n'))
  await page.getByRole('button', { name: 'Add 2 items' }).click()
  await page.getByRole('link', { name: numbers[1] }).waitFor()

  await watch.visit(page, '/shipping/transports')
  await page.getByRole('button', { name: 'Plan a transport' }).click()
  await page.getByRole('dialog').getByLabel('From').selectOption({ value: 'TAE' })
  await page.getByRole('dialog').getByLabel('To').selectOption({ value: 'ULS' })
  await page.getByRole('button', { name: 'Plan transport' }).click()
  await page.waitForURL(/\/shipping\/transports\/[0-9a-f-]{36}$/)
  assert.equal(await watch.rendered(page), 'shipping/transports/show')

  // Nothing loaded yet: start says why it cannot be used.
  const start = page.getByRole('button', { name: 'Start transport' })
  assert.isTrue(await start.isDisabled())
  const reasonId = await start.getAttribute('aria-describedby')
  const reason = await page.locator(`[id="${reasonId}"]`).textContent()
  assert.isNotEmpty(reason?.trim())

  await page.getByRole('combobox', { name: 'Load batches' }).fill(alias.slice(0, 12))
  await page.getByRole('option', { name: new RegExp(alias) }).click()
  await page.getByRole('button', { name: 'Load batch', exact: true }).click()
  await page
    .locator('section[aria-labelledby="cargo-title"] tbody tr', { hasText: alias })
    .waitFor()

  await page.getByRole('button', { name: 'Assign a driver' }).click()
  await page.getByRole('dialog').getByRole('combobox', { name: 'Driver' }).fill('Dina')
  await page.getByRole('option', { name: /Dina Delivers/ }).click()
  await page.getByRole('button', { name: 'Assign driver' }).click()
  await page.getByRole('dialog').waitFor({ state: 'detached' })

  await page
    .getByRole('button', { name: 'Start transport' })
    .and(page.locator(':enabled'))
    .waitFor()
  await page.getByRole('button', { name: 'Start transport' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Start' }).click()
  await page.getByRole('alertdialog').waitFor({ state: 'detached' })
  await page
    .getByRole('button', { name: 'Complete transport' })
    .and(page.locator(':enabled'))
    .waitFor()
  await page.getByRole('button', { name: 'Complete transport' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Mark arrived' }).click()
  await page.locator('[data-test="no-action"]').waitFor()

  // Both items: COMPLETED, with every step on their timeline (written by the worker).
  const steps = ['Item created', `Added to batch ${alias}`, 'Departed from TAE', 'Arrived at ULS']
  for (const number of numbers) {
    await watch.visit(page, `/shipping/items/${number}`)
    for (const step of steps) {
      await page.getByText(step, { exact: false }).first().waitFor({ timeout: 20_000 })
    }
    assert.include(await page.textContent('main'), 'COMPLETED')
  }
  await context.close()
}
