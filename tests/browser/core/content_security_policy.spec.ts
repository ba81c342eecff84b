import { test } from '@japa/runner'
import { PASSWORD, createUser, freshIdentityState } from '#tests/support/identity'

/**
 * Issue 15: pages are served with a Content-Security-Policy (scripts only
 * from this origin or with the request's nonce, no plugins, no framing) and
 * the Inertia + Vite app still loads and works under it, with no violation
 * reported by the browser.
 */
test.group('Content-Security-Policy in Chromium', (group) => {
  freshIdentityState(group)

  test('sign-in and the console work under the policy, without a violation', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const violations: string[] = []
    browserContext.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    const policies: string[] = []
    browserContext.on('response', async (response) => {
      if (response.request().resourceType() === 'document') {
        const headers = await response.allHeaders()
        policies.push(headers['content-security-policy'] ?? '')
      }
    })

    const staff = await createUser({ type: 'STAFF', fullname: 'Cora Policy' })
    const page = await visit('/login')
    await page.assertTextContains('h1', 'Staff sign-in')
    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/dashboard')
    await page.assertTextContains('h1', 'Dashboard')
    // The widgets' own requests (deferred props) and Chart.js's canvas too.
    await page.locator('[data-loaded="deliveredPerDay"] canvas').waitFor()

    assert.isAbove(policies.length, 0)
    for (const policy of policies) {
      assert.match(policy, /script-src 'self' 'nonce-[^']+'/)
      assert.include(policy, "object-src 'none'")
      assert.include(policy, "frame-ancestors 'none'")
      assert.notInclude(
        policy.split(';').find((d) => d.trim().startsWith('script-src')),
        'unsafe'
      )
    }
    assert.deepEqual(violations, [])
  })
})
