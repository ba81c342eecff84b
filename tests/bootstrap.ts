import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import { assert } from '@japa/assert'
import { ApiClient, apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import type { Config } from '@japa/runner/types'
import { chromium } from 'playwright'
import { spec } from '@japa/runner/reporters'
import { summaryLine } from '#tests/support/summary_line_reporter'
import { resetQueues } from '#tests/support/queue'
import { checkApiAnswer } from '#tests/support/api_contract'

/**
 * Suites that talk to the app over HTTP.
 */
const HTTP_SUITES = ['functional', 'browser']

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  inertiaApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  browserClient({
    runInSuites: ['browser', 'built'],
    // Debian's Chromium; Playwright's own browser download is not reachable here.
    launcher: (config) =>
      chromium.launch({
        ...config,
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      }),
  }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

/**
 * Contract tests: every /api/v1 answer any functional test receives is
 * checked against the generated OpenAPI document.
 */
ApiClient.teardown(checkApiAnswer)

export const reporters: Config['reporters'] = {
  activated: ['spec', 'summary-line'],
  list: [spec(), summaryLine()],
}

/**
 * Migrate once for the whole run (rolled back at the end); leave nothing of
 * this run's queues in Redis.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [() => testUtils.db().migrate()],
  teardown: [() => resetQueues()],
}

export const configureSuite: Config['configureSuite'] = (suite) => {
  if (HTTP_SUITES.includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
