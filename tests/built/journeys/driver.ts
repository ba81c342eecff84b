import { mkdir } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import sharp from 'sharp'
import type { Page } from 'playwright'
import type { Journey } from '#tests/built/journeys/index'
import { signedIn } from '#tests/support/page_watch'
import { createUser } from '#tests/support/identity'
import {
  addItems,
  assignDriver,
  batch,
  centers,
  items,
  loadBatches,
  transport,
} from '#tests/support/logistics'

/** A phone: the size the driver app is built for. */
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true }

/** With JOURNEY_SCREENSHOTS=1, the screens are saved under tmp/screenshots/ to be looked at. */
async function screenshot(page: Page, name: string) {
  if (!process.env.JOURNEY_SCREENSHOTS) return
  const folder = app.makePath('tmp', 'screenshots')
  await mkdir(folder, { recursive: true })
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true })
}

/** A finger signing: a few strokes across the signature box. */
async function sign(page: Page) {
  const box = (await page.locator('[data-test="signature"]').boundingBox())!
  const strokes = [
    [0.1, 0.6, 0.3, 0.3, 0.45, 0.7],
    [0.5, 0.4, 0.7, 0.65, 0.9, 0.35],
  ]
  for (const [x1, y1, x2, y2, x3, y3] of strokes) {
    await page.mouse.move(box.x + box.width * x1, box.y + box.height * y1)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * x2, box.y + box.height * y2, { steps: 8 })
    await page.mouse.move(box.x + box.width * x3, box.y + box.height * y3, { steps: 8 })
    await page.mouse.up()
  }
}

/**
 * The driver app at 375×812: a driver signs in with a code, sees the
 * transport assigned to them, starts it, completes it with a photo, a
 * signature and the receiver's name, and finds it under "Done"; staff then
 * see the proof on the transport's page.
 */
export const driverApp: Journey = async ({ watch, browser, built, assert }) => {
  await centers('GMP', 'CJU')
  const driver = await createUser({ type: 'DRIVER', fullname: 'Jo Journey' })
  const staff = await createUser({ type: 'STAFF', fullname: 'Sam Staff' })
  const trip = await transport('GMP', 'CJU')
  const manifest = await batch()
  const cargo = await items(2)
  await addItems(
    manifest.alias,
    cargo.map((item) => item.trackingNumber)
  )
  await loadBatches(trip.uuid, [manifest.alias])

  const context = await browser.newContext(PHONE)
  const phone = await watch.open(context)
  assert.equal(await watch.visit(phone, '/driver/login'), 'auth/driver_login')
  await phone.getByLabel('Phone number').fill(driver.phonenumber!)
  await phone.getByRole('button', { name: 'Send me a code' }).click()
  await phone.getByLabel('6-digit code').fill(await built.codeSentTo(driver.phonenumber!))
  await phone.getByRole('button', { name: 'Sign in' }).click()
  await phone.waitForURL('**/driver')
  assert.equal(await watch.rendered(phone), 'shipping/driver/index')
  assert.include(await phone.textContent('h1'), 'Jo Journey')
  // Assigned while the driver looks at the list: it shows without a reload.
  await phone.locator('[data-live-state="live"]').waitFor({ state: 'attached' })
  await assignDriver(trip.uuid, driver.uuid)
  const assignedAt = Date.now()
  const card = phone.locator('[data-test="transport-card"]', { hasText: 'Center GMP' })
  await card.waitFor({ timeout: 10_000 })
  process.stdout.write(
    `  live: the assignment showed on the driver's list after ${Date.now() - assignedAt} ms` + '\n'
  )
  assert.include(await card.textContent(), '2 items')
  await screenshot(phone, 'driver_list')

  // The transport: its cargo, then start behind a confirmation.
  await card.getByRole('link').click()
  await phone.waitForURL(`**/driver/transports/${trip.uuid}`)
  assert.equal(await watch.rendered(phone), 'shipping/driver/show')
  await phone.getByText(cargo[0].trackingNumber).waitFor()
  assert.include(await phone.textContent('#complete-blocked'), 'not started yet')
  await screenshot(phone, 'driver_detail')
  await phone.getByRole('button', { name: 'Start transport' }).click()
  await watch.checkA11y(phone, 'start dialog')
  await phone.getByRole('alertdialog').getByRole('button', { name: 'Start' }).click()
  // The driver layout shows the flash in the page (no toast).
  await phone.getByText('on the road with you').first().waitFor()
  await watch.rendered(phone)

  // Completion with the proof of delivery.
  await phone.locator('[data-test="complete"]').click()
  await phone.waitForURL(`**/driver/transports/${trip.uuid}/complete`)
  assert.equal(await watch.rendered(phone), 'shipping/driver/complete')
  const photo = await sharp({
    create: { width: 320, height: 240, channels: 3, background: { r: 180, g: 140, b: 90 } },
  })
    .jpeg()
    .toBuffer()
  await phone
    .locator('[data-test="photo"]')
    .setInputFiles({ name: 'parcel.jpg', mimeType: 'image/jpeg', buffer: photo })
  await phone.getByAltText('The photo you took').waitFor()
  await sign(phone)
  await phone.getByText('Signed', { exact: true }).waitFor()
  await phone.getByLabel("Receiver's name").fill('Rita Receiver')
  await screenshot(phone, 'driver_complete')
  await phone.getByRole('button', { name: 'Complete transport' }).click()
  await phone.getByRole('alertdialog').getByRole('button', { name: 'Complete' }).click()
  await phone.waitForURL(`**/driver/transports/${trip.uuid}`)
  await phone.getByText('Arrived at Center CJU').first().waitFor()
  assert.equal(await watch.rendered(phone), 'shipping/driver/show')
  await screenshot(phone, 'driver_completed')

  // Under "Done" now.
  await phone.getByRole('link', { name: 'My transports' }).click()
  await phone.locator('[data-test="tab-done"]').getByRole('link').click()
  await phone.waitForURL('**/driver?tab=done')
  await phone.locator('[data-test="transport-card"]', { hasText: 'Center GMP' }).waitFor()
  assert.equal(await watch.rendered(phone), 'shipping/driver/index')
  await screenshot(phone, 'driver_done')
  await context.close()

  // Staff see the proof on the transport's page.
  const desk = await browser.newContext()
  const console = await signedIn(watch, desk, staff.username)
  assert.equal(
    await watch.visit(console, `/shipping/transports/${trip.uuid}`),
    'shipping/transports/show'
  )
  const proof = console.locator('[data-test="proof"]')
  await proof.getByText('Rita Receiver').waitFor()
  await proof.getByAltText('Signature of Rita Receiver').waitFor()
  await screenshot(console, 'staff_transport_proof')
  await desk.close()
}
