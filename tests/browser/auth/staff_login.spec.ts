import { test } from '@japa/runner'
import { PASSWORD, createUser, freshIdentityState } from '#tests/support/identity'

const SESSION_COOKIE = 'waybill-session'

test.group('Staff sign-in in Chromium', (group) => {
  freshIdentityState(group)

  test('signs in through /login, gets a new session id, and a new one again on sign-out', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF', fullname: 'Ada Browser' })
    const sessionId = async () => {
      const cookies = await browserContext.cookies()
      return cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value
    }

    const page = await visit('/login')
    await page.assertTextContains('h1', 'Staff sign-in')
    const anonymousSession = await sessionId()
    assert.isString(anonymousSession)

    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()

    await page.waitForURL('**/dashboard')
    await page.assertTextContains('h1', 'Dashboard')
    await page.assertTextContains('[data-test="signed-in-as"]', staff.username)
    const signedInSession = await sessionId()
    assert.notEqual(signedInSession, anonymousSession)

    await page.getByRole('button', { name: /Account menu/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.assertTextContains('[role="status"]', 'You are signed out.')
    const signedOutSession = await sessionId()
    assert.notEqual(signedOutSession, signedInSession)

    await page.goto('/dashboard')
    await page.waitForURL('**/login')
  })

  test('a wrong password shows the error on the page', async ({ visit }) => {
    const staff = await createUser({ type: 'STAFF' })
    const page = await visit('/login')
    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.assertTextContains('[role="alert"]', 'Unable to log in with provided credentials.')
  })

  test('a signed-in driver opening the console sees the 403 page', async ({
    visit,
    browserContext,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await browserContext.loginAs(driver)
    const page = await visit('/dashboard')
    await page.assertTextContains('h1', 'Not allowed')
  })
})
