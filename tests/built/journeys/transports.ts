import { signedIn } from '#tests/support/page_watch'
import { createUser } from '#tests/support/identity'
import { addItems, batch, items, loadBatches, transport } from '#tests/support/logistics'
import type { Journey } from '#tests/built/journeys/index'

/**
 * Staff plan and run a transport: the list, a transport whose start is refused
 * with its reason, a driver assigned through the dialog's search, then start
 * and completion, each confirmed.
 */
export const transportsJourney: Journey = async ({ watch, browser, assert }) => {
  const staff = await createUser({ type: 'STAFF', fullname: 'Tia Transports' })
  await createUser({ type: 'DRIVER', fullname: 'Rudi Roadie' })
  const trip = await transport('ICN', 'PUS')
  const manifest = await batch()
  const cargo = await items(2)
  await addItems(
    manifest.alias,
    cargo.map((item) => item.trackingNumber)
  )
  await loadBatches(trip.uuid, [manifest.alias])

  const context = await browser.newContext()
  const page = await signedIn(watch, context, staff.username)
  assert.equal(await watch.visit(page, '/shipping/transports'), 'shipping/transports/index')
  await page.getByLabel('State').selectOption({ label: 'Waiting for driver' })
  await page.locator(`a[href$="${trip.uuid}"]`).first().waitFor()

  assert.equal(
    await watch.visit(page, `/shipping/transports/${trip.uuid}`),
    'shipping/transports/show'
  )
  const start = page.getByRole('button', { name: 'Start transport' })
  assert.isTrue(await start.isDisabled())
  assert.include(await page.locator('section[aria-label="Actions"]').textContent(), 'driver')

  await page.getByRole('button', { name: 'Assign a driver' }).click()
  await page.getByRole('dialog').getByRole('combobox', { name: 'Driver' }).fill('Rudi')
  await page.getByRole('option', { name: /Rudi Roadie/ }).click()
  await watch.checkA11y(page, 'assign driver dialog')
  await page.getByRole('button', { name: 'Assign driver' }).click()
  await page.getByRole('dialog').waitFor({ state: 'detached' })
  await watch.toastShown(page)
  assert.include(await page.textContent('main'), 'Rudi Roadie')

  await start.click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Start' }).click()
  await page.getByRole('alertdialog').waitFor({ state: 'detached' })
  await page
    .getByRole('button', { name: 'Complete transport' })
    .and(page.locator(':enabled'))
    .waitFor()
  await watch.toastShown(page)
  await page.getByRole('button', { name: 'Complete transport' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Mark arrived' }).click()
  await page.locator('[data-test="no-action"]').waitFor()
  await watch.toastShown(page)
  await watch.screenshots(page, 'transport-arrived')
  await watch.rendered(page)
  await context.close()
}
