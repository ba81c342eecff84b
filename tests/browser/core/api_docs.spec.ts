import { test } from '@japa/runner'
import { createUser, freshIdentityState } from '#tests/support/identity'

test.group('API reference page in Chromium', (group) => {
  freshIdentityState(group)

  test('renders the generated document for a staff member, from our own assets', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    await browserContext.loginAs(staff)
    const elsewhere: string[] = []
    browserContext.on('request', (request) => {
      const url = new URL(request.url())
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') elsewhere.push(url.href)
    })

    const page = await visit('/api/docs')
    // Rendered on the client by the docs UI from /api/docs/openapi.json.
    await page.getByRole('heading', { name: 'Waybill API' }).waitFor()
    await page.getByText("The caller's own profile").first().waitFor()
    await page.getByText('shipping', { exact: true }).first().click()
    await page.getByText('Create a shipping item').first().waitFor()
    await page
      .getByText('Add items to a batch (one, or an array; all or nothing)')
      .first()
      .waitFor()
    assert.deepEqual(elsewhere, [])
  })

  test('refuses a signed-in driver with the 403 page', async ({ visit, browserContext }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await browserContext.loginAs(driver)
    const page = await visit('/api/docs')
    await page.assertTextContains('h1', 'Not allowed')
  })
})
