import { test } from '@japa/runner'
import { createUser, freshIdentityState, lastCodeSentTo } from '#tests/support/identity'

test.group('Driver sign-in in Chromium', (group) => {
  freshIdentityState(group)

  test('phone number, then the SMS code, then the driver app', async ({ visit }) => {
    const driver = await createUser({ type: 'DRIVER', fullname: 'Dana Browser' })
    const page = await visit('/driver/login')
    await page.assertTextContains('h1', 'Driver sign-in')

    await page.getByLabel('Phone number').fill(driver.phonenumber!)
    await page.getByRole('button', { name: 'Send me a code' }).click()
    await page.assertTextContains('[role="status"]', 'We sent a 6-digit code by SMS')

    await page.getByLabel('6-digit code').fill(await lastCodeSentTo(driver.phonenumber!))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/driver')
    await page.assertTextContains('h1', 'Hello, Dana Browser')
  })
})
