import type { Journey } from '#tests/built/journeys/index'
import { signedIn } from '#tests/support/page_watch'
import { createUser } from '#tests/support/identity'
import { items } from '#tests/support/logistics'

/**
 * Batches: the list, "New batch", then a paste with one unknown number
 * (that line's error, nothing added) and the right numbers (added).
 */
export const batchesJourney: Journey = async ({ watch, browser, assert }) => {
  const staff = await createUser({ type: 'STAFF', fullname: 'Bo Batches' })
  const cargo = await items(2)
  const numbers = cargo.map((item) => item.trackingNumber)
  const context = await browser.newContext()
  const page = await signedIn(watch, context, staff.username)

  assert.equal(await watch.visit(page, '/shipping/batches'), 'shipping/batches/index')
  await page.getByLabel('Alias', { exact: true }).fill('no-batch-like-this')
  await page.getByText('No batches match these filters').waitFor()
  await watch.rendered(page)

  await page.getByRole('button', { name: 'New batch' }).first().click()
  await page.waitForURL(/\/shipping\/batches\/[^/?]+$/)
  await watch.toastShown(page)
  assert.equal(await watch.rendered(page), 'shipping/batches/show')

  await page
    .getByLabel('Tracking numbers', { exact: true })
    .fill(`${numbers[0]}\nNO-SUCH-NUMBER, ${numbers[0]}`)
  await page.getByText('1 repeat dropped').waitFor()
  await page.getByRole('button', { name: 'Add 2 items' }).click()
  const refused = page.locator('[data-test="refused-line"]')
  await refused.first().waitFor()
  assert.include(await refused.first().textContent(), 'NO-SUCH-NUMBER')
  assert.include(await refused.first().textContent(), 'ShippingItem does not exist.')
  await watch.toastShown(page)
  await watch.checkA11y(page, 'batch page with a refused paste')
  assert.equal(await page.locator('tbody tr').count(), 0)

  await page.getByLabel('Tracking numbers', { exact: true }).fill(numbers.join(' '))
  await page.getByRole('button', { name: 'Add 2 items' }).click()
  await page.getByRole('link', { name: numbers[1] }).waitFor()
  assert.equal(await page.locator('tbody tr').count(), 2)
  await watch.toastShown(page)
  await watch.checkA11y(page, 'batch page with its items')

  // Scanning: each scan is acknowledged, a repeat is warned about.
  await page.getByRole('button', { name: 'Scan', exact: true }).click()
  await page.getByLabel('Scan or type a tracking number').fill('SCAN-1')
  await page.keyboard.press('Enter')
  await page.getByLabel('Scan or type a tracking number').fill('SCAN-1')
  await page.keyboard.press('Enter')
  await page.getByText('SCAN-1 is already in the list: scanned twice.').waitFor()
  await watch.checkA11y(page, 'batch page in scan mode')
  await context.close()
}
