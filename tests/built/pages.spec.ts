import { test } from '@japa/runner'
import { readdirSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { BuiltApp } from '#tests/support/built_app'
import { PageWatch } from '#tests/support/page_watch'
import { journeys } from '#tests/built/journeys/index'
import { PASSWORD, createUser, freshIdentityState } from '#tests/support/identity'
import { centers, items, transport } from '#tests/support/logistics'
import { codeFor } from '#tests/support/second_factor'
import { startWorker } from '#tests/support/queue'
import { QueueManager } from '#core/queue/queue_manager'
import ProbeJob from '#tests/fixtures/queue/probe_job'
import {
  ENTRY_BUDGET_GZIP_BYTES,
  ENTRY_CSS_BUDGET_GZIP_BYTES,
} from '#start/hooks/entry_chunk_budget'

/**
 * Pages this check cannot open, each with its reason. Every other page under
 * resources/js/pages must be visited below, so a new page joins the check or
 * fails it.
 */
const NOT_VISITED: Record<string, string> = {
  'core/errors/server_error':
    'shown only for an unexpected error, which no request causes on purpose; it is the same error panel as the 403 and 404 pages',
}

function allPages() {
  return readdirSync(app.makePath('resources', 'js', 'pages'), {
    recursive: true,
    encoding: 'utf8',
  })
    .filter((file) => file.endsWith('.vue'))
    .map((file) => file.replace(/\.vue$/, ''))
    .sort()
}

const DASHBOARD_WIDGETS = [
  'itemsByStatus',
  'openTransports',
  'deliveredPerDay',
  'createdPerDay',
  'topRoutes',
]

/** A job that failed its one attempt, in this run's queues (which the built app reads). */
async function failedJob() {
  const worker = await startWorker(['default'])
  const queues = await app.container.make(QueueManager)
  const key = `built-${Date.now()}`
  ProbeJob.failing.add(key)
  const job = await queues.dispatch(ProbeJob, { key })
  // Wait for this job only: other queues (events) have no worker here.
  const deadline = Date.now() + 60_000
  while ((await job.getState()) !== 'failed' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await worker.close()
  return job.id!
}

test.group('Built app in Chromium (production build, NODE_ENV=production)', (group) => {
  const built = new BuiltApp()
  let entry = { gzipBytes: Infinity, cssGzipBytes: Infinity }
  group.setup(async () => {
    entry = await built.build()
    await built.start()
    // Events (timelines, live updates) are delivered from this process, which
    // also writes the fixtures: on SQLite, one process writing at a time.
    const events = await startWorker(['events'])
    return async () => {
      await events.close()
      await built.stop()
    }
  })
  freshIdentityState(group)

  test('the JavaScript and CSS every page loads stay within their budgets', ({ assert }) => {
    assert.isAtMost(entry.gzipBytes, ENTRY_BUDGET_GZIP_BYTES)
    assert.isAtMost(entry.cssGzipBytes, ENTRY_CSS_BUDGET_GZIP_BYTES)
  })

  test('every page loads with no script error, console error, failed asset or serious a11y issue', async ({
    assert,
    browser,
  }) => {
    const watch = new PageWatch(built.url)
    // An administrator: the queue retries below need one.
    const staff = await createUser({ type: 'STAFF', fullname: 'Bea Built', isAdmin: true })
    const admin = await createUser({ type: 'STAFF', fullname: 'Ada Built', isAdmin: true })
    const driver = await createUser({ type: 'DRIVER', fullname: 'Dov Built' })
    const created = await items(2)
    const [icn] = await centers('ICN', 'PUS')
    await transport('ICN', 'PUS')
    const failedJobId = await failedJob()

    const staffContext = await browser.newContext()
    const page = await watch.open(staffContext)
    assert.equal(await watch.visit(page, '/'), 'core/home')
    assert.equal(await watch.visit(page, '/no-such-page', 404), 'core/errors/not_found')
    // A form body the server cannot read (not the gzip it claims to be).
    await page.route('**/login', (route) =>
      route.continue({
        method: 'POST',
        headers: {
          ...route.request().headers(),
          'content-type': 'application/x-www-form-urlencoded',
          'content-encoding': 'gzip',
        },
        postData: 'username=staff',
      })
    )
    assert.equal(await watch.visit(page, '/login', 400), 'core/errors/bad_request')
    await page.unroute('**/login')

    // A page asked for while signed out opens after sign-in.
    assert.equal(await watch.visit(page, '/queues'), 'auth/login')
    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/queues')
    assert.equal(await watch.rendered(page), 'core/queues/index')
    const failedRow = page.locator('[data-test="failed-job"]', { hasText: `#${failedJobId}` })
    await failedRow.waitFor()
    assert.include(await failedRow.textContent(), 'failing on purpose')
    await failedRow.getByRole('button', { name: /Retry/ }).click()
    await page.getByRole('alertdialog').waitFor()
    await watch.checkA11y(page, 'queues retry dialog')
    await page.getByRole('button', { name: 'Retry the job' }).click()
    await page.locator('[data-test="retry-report"]', { hasText: 'Re-queued 1 of 1 job' }).waitFor()

    assert.equal(await watch.visit(page, '/dashboard'), 'shipping/dashboard')
    for (const widget of DASHBOARD_WIDGETS) {
      await page.locator(`[data-loaded="${widget}"]`).waitFor({ timeout: 15_000 })
    }
    assert.equal(await page.locator('[data-failed]').count(), 0)
    assert.equal(await page.locator('canvas[role="img"]').count(), 2)
    assert.include(await page.locator('[data-test="top-route"]').first().textContent(), 'ICN')
    assert.include(await page.locator('[data-status-count="CREATED"]').textContent(), '2')
    await watch.checkA11y(page, 'dashboard with its widgets')
    await watch.screenshots(page, 'dashboard')

    // The global search says when nothing matches, on the page it came from.
    await page.getByLabel(/Find an item, batch or transport/).fill('NOPE-123')
    await page.getByRole('button', { name: 'Find' }).click()
    await page.getByText('Nothing found for “NOPE-123”.').waitFor()

    // Signed in, errors are pages inside the console (its sections stay).
    assert.equal(await watch.visit(page, '/no-such-page', 404), 'core/errors/not_found')
    await page.getByRole('navigation', { name: 'Sections' }).waitFor()
    assert.equal(await watch.visit(page, '/shipping/items'), 'shipping/items/index')
    assert.include(await page.textContent('tbody'), created[0].trackingNumber)
    await watch.screenshots(page, 'items-list')
    await page.getByLabel('Status').selectOption('LOST')
    await page.getByText('No items match these filters').waitFor()

    // An item's page, its report dialog, create and edit (a real row each).
    const itemPath = `/shipping/items/${created[0].trackingNumber}`
    assert.equal(await watch.visit(page, itemPath), 'shipping/items/show')
    assert.include(await page.textContent('h1'), created[0].trackingNumber)
    await page.getByRole('button', { name: 'Report damaged or lost' }).click()
    await page.getByRole('dialog').getByLabel('Note').fill('Seen torn at the dock')
    await watch.rendered(page)
    await page.keyboard.press('Escape')
    assert.equal(await watch.visit(page, `${itemPath}/edit`), 'shipping/items/edit')
    assert.include(await page.textContent('h1'), created[0].trackingNumber)
    assert.equal(await watch.visit(page, '/shipping/items/create'), 'shipping/items/create')
    await page.getByLabel('SKU (optional)').fill('BUILT-1')
    await page.getByRole('button', { name: 'Create item' }).click()
    await page.waitForURL(/\/shipping\/items\/\d{8}-\d{10}$/)
    await watch.toastShown(page)
    assert.equal(await watch.rendered(page), 'shipping/items/show')
    assert.include(await page.textContent('main'), 'BUILT-1')

    // Centers (the read-only view of non-administrators is in the functional tests).
    assert.equal(await watch.visit(page, '/distribution/centers'), 'distribution/centers/index')
    assert.include(await page.textContent('tbody'), 'Center ICN')
    await page.getByLabel('Search').fill('nothing-like-this')
    await page.getByText('No centers match this search').waitFor()
    assert.equal(
      await watch.visit(page, `/distribution/centers/${icn.uuid}`),
      'distribution/centers/show'
    )
    assert.include(await page.textContent('h1'), 'Center ICN')
    assert.equal(await watch.visit(page, '/driver', 403), 'core/errors/forbidden')

    // The second factor: set it up on the security page, then sign in again with a code.
    assert.equal(await watch.visit(page, '/auth/two-factor'), 'auth/two_factor')
    assert.equal(await page.textContent('h1'), 'Two-factor sign-in')
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click()
    const secret = (await page.locator('[data-test=totp-secret]').textContent())!.trim()
    assert.equal(await watch.rendered(page), 'auth/two_factor')
    await page.getByLabel('Code from the app').fill(codeFor(secret))
    await page.getByRole('button', { name: 'Turn on' }).click()
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor()
    await watch.toastShown(page)
    assert.equal(await watch.rendered(page), 'auth/two_factor')
    assert.equal(await page.locator('[data-test=recovery-codes] li').count(), 10)
    await page.getByRole('button', { name: /Account menu/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await watch.visit(page, '/login')
    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/login/two-factor')
    assert.equal(await watch.rendered(page), 'auth/login_two_factor')
    assert.equal(await page.textContent('h1'), 'Two-factor sign-in')
    await page.getByLabel('6-digit code').fill(codeFor(secret, 1))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/dashboard')
    assert.equal(await watch.rendered(page), 'shipping/dashboard')

    const adminContext = await browser.newContext()
    const desk = await watch.open(adminContext)
    await watch.visit(desk, '/login')
    await desk.getByLabel('Username').fill(admin.username)
    await desk.getByLabel('Password').fill(PASSWORD)
    await desk.getByRole('button', { name: 'Sign in' }).click()
    await desk.waitForURL('**/dashboard')
    assert.equal(
      await watch.visit(desk, `/distribution/centers/${icn.uuid}`),
      'distribution/centers/show'
    )
    await desk.getByRole('button', { name: 'Add staff member' }).click()
    await desk.getByLabel('Find a staff member').fill('Bea')
    await desk.getByRole('radio', { name: /Bea Built/ }).check()
    await watch.rendered(desk)
    await desk.getByRole('button', { name: 'Add Bea Built to ICN' }).click()
    await desk.getByRole('cell', { name: 'Bea Built' }).waitFor()
    await watch.toastShown(desk)
    await watch.rendered(desk)
    assert.equal(
      await watch.visit(desk, '/distribution/centers/create'),
      'distribution/centers/create'
    )
    await desk.getByLabel('Center code').fill('ICN')
    await desk.getByLabel('Name').fill('Twice')
    await desk.getByRole('button', { name: 'Create center' }).click()
    await desk
      .getByText('distribution center with this center code already exists.')
      .first()
      .waitFor()
    await watch.toastShown(desk)
    await watch.rendered(desk)

    const driverContext = await browser.newContext()
    const phone = await watch.open(driverContext)
    assert.equal(await watch.visit(phone, '/driver/login'), 'auth/driver_login')
    await phone.getByLabel('Phone number').fill(driver.phonenumber!)
    await phone.getByRole('button', { name: 'Send me a code' }).click()
    await phone.getByLabel('6-digit code').fill(await built.codeSentTo(driver.phonenumber!))
    await phone.getByRole('button', { name: 'Sign in' }).click()
    await phone.waitForURL('**/driver')
    assert.equal(await watch.rendered(phone), 'shipping/driver/index')
    assert.include(await phone.textContent('h1'), 'Dov Built')

    await Promise.all([staffContext.close(), adminContext.close(), driverContext.close()])
    for (const journey of journeys) await journey({ watch, browser, built, assert })
    assert.deepEqual(watch.problems, [])
    const unvisited = allPages().filter((name) => !watch.components.has(name) && !NOT_VISITED[name])
    assert.deepEqual(unvisited, [], 'pages the built-app check does not open')
  }).timeout(600_000)
})
