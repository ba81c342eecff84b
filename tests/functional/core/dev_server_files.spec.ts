import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import env from '#start/env'
import queueConfig from '#config/queue'
import { waitUntilServing } from '#tests/support/network'

const SECRET = 'dev-server-probe-secret'
/** Not the test run's own: see vite.config.ts. */
const VITE_CACHE_DIR = 'node_modules/.vite-dev-server-check'

/**
 * What `bin/up` runs: `node ace serve`, with Vite's dev server embedded.
 * Vite serves files from the project root; only what pages load may come out.
 */
test.group('Development server (node ace serve) file serving', (group) => {
  const port = env.get('PORT') + 2
  const base = `http://127.0.0.1:${port}`
  const probe = app.tmpPath('dev-server-probe.sqlite3')
  // SQLite's write-ahead log holds recent writes; storage/ holds uploads.
  const walProbe = `${probe}-wal`
  const storageProbe = app.makePath('storage', 'dev-server-probe.txt')

  group.setup(async () => {
    await writeFile(probe, SECRET)
    await writeFile(walProbe, SECRET)
    await mkdir(app.makePath('storage'), { recursive: true })
    await writeFile(storageProbe, SECRET)
    const server = spawn(process.execPath, ['ace', 'serve'], {
      cwd: app.makePath(),
      detached: true,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SQLITE_FILE: 'dev-server-probe-app.sqlite3',
        QUEUE_PREFIX: queueConfig.prefix,
        VITE_CACHE_DIR: VITE_CACHE_DIR,
      },
    })
    let output = ''
    server.stdout.on('data', (chunk) => (output += chunk))
    server.stderr.on('data', (chunk) => (output += chunk))

    await waitUntilServing(`${base}/health/live`, [server], () => output)

    return async () => {
      const exited = once(server, 'exit')
      process.kill(-server.pid!, 'SIGTERM')
      await exited
      await rm(probe, { force: true })
      await rm(walProbe, { force: true })
      await rm(storageProbe, { force: true })
      await rm(app.tmpPath('dev-server-probe-app.sqlite3'), { force: true })
      await rm(app.makePath(VITE_CACHE_DIR), { recursive: true, force: true })
    }
  })

  test('serves the page entry and its dependencies', async ({ assert }) => {
    for (const path of ['/resources/js/app.ts', '/@vite/client']) {
      const response = await fetch(`${base}${path}`)
      assert.equal(response.status, 200, path)
    }
  })

  test('refuses the database, configuration, server source and dotenv files', async ({
    assert,
  }) => {
    const paths = [
      '/tmp/dev-server-probe.sqlite3',
      '/tmp/dev-server-probe.sqlite3?raw',
      '/tmp/dev-server-probe.sqlite3-wal',
      '/storage/dev-server-probe.txt',
      '/storage/dev-server-probe.txt?raw',
      `/@fs${probe}`,
      '/config/app.ts',
      '/config/app.ts?import',
      '/start/env.ts',
      '/app/users/models/user.ts',
      '/database/schema.ts',
      '/package.json',
      '/.env',
      '/adonisrc.ts',
    ]
    for (const path of paths) {
      const response = await fetch(`${base}${path}`)
      const body = await response.text()
      assert.notEqual(response.status, 200, path)
      assert.notInclude(body, SECRET, path)
      assert.notInclude(body, 'defineConfig', path)
    }
  })
})
