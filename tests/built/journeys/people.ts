import type { Journey } from '#tests/built/journeys/index'
import { signedIn } from '#tests/support/page_watch'
import { createUser } from '#tests/support/identity'

/**
 * An administrator's people and API key screens: the drivers list, adding a
 * driver, the staff list, and an API key created (its secret shown once),
 * then revoked.
 */
export const peopleJourney: Journey = async ({ watch, browser, assert }) => {
  const admin = await createUser({ type: 'STAFF', isAdmin: true, fullname: 'Pia People' })
  await createUser({ type: 'DRIVER', fullname: 'Dora Listed' })
  const context = await browser.newContext()
  const page = await signedIn(watch, context, admin.username)

  // Drivers: listed, searched, one added through the dialog.
  assert.equal(await watch.visit(page, '/users/drivers'), 'users/drivers/index')
  assert.include(await page.textContent('tbody'), 'Dora Listed')
  await page.getByRole('button', { name: 'Add a driver' }).first().click()
  await page.getByLabel('Full name').fill('Nari Newdriver')
  await page.getByLabel('Phone number').fill('+82 10 7777 1234')
  await page.getByRole('button', { name: 'Add driver', exact: true }).click()
  await page.getByRole('rowheader', { name: 'Nari Newdriver' }).waitFor()
  await watch.toastShown(page)
  await watch.rendered(page)
  await page.getByLabel('Search').fill('nobody-like-this')
  await page.getByText('No drivers match these filters').waitFor()

  // Staff: the administrator's own row says why it cannot be deactivated.
  assert.equal(await watch.visit(page, '/users/staff'), 'users/staff/index')
  await page.getByText('You cannot deactivate your own account.').waitFor()

  // API keys: create with a scope, the secret shown once, then revoke it.
  assert.equal(await watch.visit(page, '/auth/api-keys'), 'auth/api_keys/index')
  await page.getByText('No API keys yet').waitFor()
  await page.getByRole('button', { name: 'Create an API key' }).first().click()
  await page.getByLabel('Name', { exact: true }).fill('Journey partner')
  await page.getByLabel('shipping:read').check()
  await watch.checkA11y(page, 'create API key dialog')
  await page.getByRole('button', { name: 'Create key' }).click()
  const secret = page.getByLabel('API key', { exact: true })
  await secret.waitFor()
  assert.match(await secret.inputValue(), /^[\w-]{8}\.[\w-]{20,}$/)
  await watch.toastShown(page)
  await watch.rendered(page)

  await page.getByRole('button', { name: /Journey partner: Revoke/ }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click()
  await page.getByText(/^API key Journey partner \([\w-]{8}\) revoked\.$/).waitFor()
  await watch.toastShown(page)
  await watch.rendered(page)
  assert.equal(await page.getByRole('button', { name: /Journey partner: Revoke/ }).count(), 0)

  // Reloading never shows the secret again.
  assert.equal(await watch.visit(page, '/auth/api-keys'), 'auth/api_keys/index')
  assert.equal(await page.getByLabel('API key', { exact: true }).count(), 0)
  await context.close()
}
