import { test } from '@japa/runner'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'
import { MODULE_FOLDERS } from '#commands/make_module'
import { checkBoundaries } from './boundaries.js'

const run = promisify(execFile)

/** `node ace` compiles its commands on the fly: seconds alone, a minute on a busy machine. */
const ACE_TIMEOUT = 180_000

/**
 * What `node ace` and the boundary checker need of the repository; node_modules
 * is linked, not copied.
 */
const COPIED = [
  'package.json',
  'tsconfig.json',
  'adonisrc.ts',
  'ace.js',
  '.env',
  '.env.test',
  'app',
  'bin',
  'commands',
  'config',
  'start',
  'database',
  'bench',
  'stubs',
  'resources/js',
]

async function repositoryCopy() {
  const root = await mkdtemp(join(tmpdir(), 'waybill-make-module-'))
  for (const path of COPIED) {
    const source = app.makePath(path)
    if (existsSync(source)) await cp(source, join(root, path), { recursive: true })
  }
  await symlink(app.makePath('node_modules'), join(root, 'node_modules'), 'dir')
  return root
}

function ace(root: string, ...args: string[]) {
  return run(process.execPath, ['ace.js', ...args], { cwd: root, env: process.env })
}

test.group('make:module', (group) => {
  let root: string
  group.setup(async () => {
    root = await repositoryCopy()
    return () => rm(root, { recursive: true, force: true })
  })

  test('creates a module with the anatomy that passes the boundary check', async ({ assert }) => {
    await ace(root, 'make:module', 'billing')

    for (const file of ['billing_provider.ts', 'routes.ts', 'api_docs.ts']) {
      assert.isTrue(existsSync(join(root, 'app/billing', file)), `app/billing/${file}`)
    }
    for (const folder of MODULE_FOLDERS) {
      assert.isTrue(existsSync(join(root, 'app/billing', folder, '.gitkeep')), folder)
    }
    assert.isTrue(existsSync(join(root, 'tests/functional/billing/.gitkeep')))

    const provider = await readFile(join(root, 'app/billing/billing_provider.ts'), 'utf8')
    assert.include(provider, 'export default class BillingProvider')
    assert.include(provider, "apiDocsRegistry.register(() => import('#billing/api_docs'))")

    const rc = await readFile(join(root, 'adonisrc.ts'), 'utf8')
    assert.include(rc, "() => import('#billing/billing_provider'),")
    const routes = await readFile(join(root, 'start/routes.ts'), 'utf8')
    assert.include(routes, "import '#shipping/routes'\nimport '#billing/routes'\n")

    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    assert.equal(pkg.imports['#billing/*'], './app/billing/*.js')
    const manifest = JSON.parse(await readFile(join(root, 'app/modules.json'), 'utf8'))
    assert.deepEqual(manifest.modules.billing, { dependsOn: [], entries: {} })

    assert.deepEqual(
      checkBoundaries(root).map((v) => `${v.rule} ${v.file}:${v.line} ${v.message}`),
      []
    )
  }).timeout(ACE_TIMEOUT)

  test('refuses a module that exists or a name that is not one lowercase word', async ({
    assert,
  }) => {
    const manifest = await readFile(join(root, 'app/modules.json'), 'utf8')
    for (const name of ['shipping', 'core', 'Bill_ing']) {
      const refused = await ace(root, 'make:module', name).catch((error) => error)
      assert.equal(refused.code, 1, name)
    }
    assert.equal(await readFile(join(root, 'app/modules.json'), 'utf8'), manifest)
  }).timeout(ACE_TIMEOUT)
})
