import { test } from '@japa/runner'

test.group('Landing page', () => {
  test('Chromium renders the Vue landing page with both sign-in links', async ({ visit }) => {
    const page = await visit('/')

    // Rendered by Vue on the client: the server only sends the page object.
    await page.assertTextContains('h1', 'Waybill')
    await page.assertTitle('Welcome · Waybill')
    await page.assertExists('a[href="/login"]')
    await page.assertExists('a[href="/driver/login"]')
  })

  test('an unknown page shows the not-found page, not a blank screen', async ({ visit }) => {
    const page = await visit('/no-such-page')
    await page.assertTextContains('h1', 'Page not found')
  })
})
