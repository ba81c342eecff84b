import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { chromium, type Page } from 'playwright'
import { CreateUser } from '#users/actions/create_user'
import { count, markdownTable, median, ms } from '#bench/report'
import { deepPageOf } from '#bench/api/api_bench'

/** The staff member the console benchmark signs in as in Chromium (with a password). */
const CONSOLE_STAFF = 'bench-console'
const CONSOLE_PASSWORD = 'bench-console-password'

export type ConsoleFigures = { items: number; page: string; medianMs: number; worstMs: number }

const DASHBOARD_WIDGETS = [
  'itemsByStatus',
  'openTransports',
  'deliveredPerDay',
  'createdPerDay',
  'topRoutes',
]

/**
 * The console as a person meets it, on the built server at one scale: each
 * page loaded `runs` times in headless Chromium (a fresh navigation each
 * time, cache warm), timed from the navigation's start until its content is
 * on screen: the item list's rows, or every dashboard widget loaded.
 */
export async function benchConsole(options: {
  url: string
  items: number
  runs: number
  completed: number
}): Promise<ConsoleFigures[]> {
  await ensureConsoleStaff()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${options.url}/login`)
    await page.getByLabel('Username').fill(CONSOLE_STAFF)
    await page.getByLabel('Password').fill(CONSOLE_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/dashboard')

    const deepPage = deepPageOf(options.completed)
    const scenarios: [string, string, (p: Page) => Promise<unknown>][] = [
      ['items list, page 1', '/shipping/items', rows],
      ['items list, COMPLETED, page 1', '/shipping/items?status=COMPLETED', rows],
      [
        `items list, COMPLETED, page ${count(deepPage)}`,
        `/shipping/items?status=COMPLETED&page=${deepPage}&page_size=10`,
        rows,
      ],
      ['dashboard, every widget', '/dashboard', widgets],
    ]
    const figures: ConsoleFigures[] = []
    for (const [name, path, shown] of scenarios) {
      const times: number[] = []
      for (let run = 0; run <= options.runs; run++) {
        await page.goto(`${options.url}${path}`, { waitUntil: 'commit' })
        await shown(page)
        const elapsed = await page.evaluate(() => performance.now())
        if (run > 0) times.push(elapsed) // the first load warms the caches
      }
      figures.push({
        items: options.items,
        page: name,
        medianMs: median(times),
        worstMs: Math.max(...times),
      })
    }
    return figures
  } finally {
    await browser.close()
  }
}

async function rows(page: Page) {
  await page.locator('tbody tr').first().waitFor({ timeout: 60_000 })
}

async function widgets(page: Page) {
  for (const widget of DASHBOARD_WIDGETS) {
    await page.locator(`[data-loaded="${widget}"]`).waitFor({ timeout: 60_000 })
  }
}

async function ensureConsoleStaff() {
  const found = await db.from('users').where('username', CONSOLE_STAFF).first()
  if (found) return
  const create = await app.container.make(CreateUser)
  await create.handle({
    type: 'STAFF',
    username: CONSOLE_STAFF,
    fullname: 'Bench Console',
    password: CONSOLE_PASSWORD,
  })
}

export function consoleTable(figures: ConsoleFigures[]) {
  return [
    '## Console pages in headless Chromium (built server)',
    '',
    'From the navigation’s start until the content is on screen (the list’s rows; every dashboard ' +
      'widget loaded), median and worst of the runs after one warm-up load.',
    '',
    markdownTable(
      ['items', 'page', 'median', 'worst'],
      figures.map((row) => [count(row.items), row.page, ms(row.medianMs), ms(row.worstMs)])
    ),
  ].join('\n')
}
