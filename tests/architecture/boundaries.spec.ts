import { test } from '@japa/runner'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import app from '@adonisjs/core/services/app'
import {
  checkBoundaries,
  schemaClassOf,
  type ModulesManifest,
  type Rule,
  type Violation,
} from './boundaries.js'

/**
 * Writes a throwaway project (package.json with the real alias style, an
 * app/modules.json declaring every module of the tree with no dependency
 * unless the files bring their own, plus the given files) and returns its root.
 */
async function synthetic(files: Record<string, string | undefined>) {
  const root = await mkdtemp(join(tmpdir(), 'waybill-arch-'))
  const imports = {
    '#core/*': './app/core/*.js',
    '#shipping/*': './app/shipping/*.js',
    '#distribution/*': './app/distribution/*.js',
    '#users/*': './app/users/*.js',
    '#database/*': './database/*.js',
  }
  await writeFile(join(root, 'package.json'), JSON.stringify({ imports }))
  if (!('app/modules.json' in files)) {
    const modules = new Set(
      Object.keys(files)
        .map((path) => /^app\/([^/]+)\//.exec(path)?.[1])
        .filter((module) => module !== undefined && module !== 'core')
    )
    files = {
      ...files,
      'app/modules.json': manifest(Object.fromEntries([...modules].map((m) => [m, []]))),
    }
  }
  for (const [path, content] of Object.entries(files)) {
    if (content === undefined) continue
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

function manifest(
  dependsOn: Record<string, string[]>,
  extra: {
    entries?: Record<string, Record<string, string>>
    exceptions?: ModulesManifest['exceptions']
  } = {}
) {
  const modules = Object.fromEntries(
    Object.entries(dependsOn).map(([module, targets]) => [
      module,
      { dependsOn: targets, entries: extra.entries?.[module] ?? {} },
    ])
  )
  return JSON.stringify({ modules, exceptions: extra.exceptions ?? [] })
}

/** Migrations that give users, distribution and shipping a table or two each. */
const MIGRATIONS = {
  'app/users/users_provider.ts': `export default class {}`,
  'app/distribution/distribution_provider.ts': `export default class {}`,
  'app/shipping/shipping_provider.ts': `export default class {}`,
  'database/migrations/1_core_create_outbox.ts': `this.schema.createTable('core_outbox_events', () => {})`,
  'database/migrations/2_users_create_users.ts': [
    `export default class extends BaseSchema {`,
    `  protected tableName = 'user_profiles'`,
    `  async up() {`,
    `    this.schema.createTable('users', () => {})`,
    `    this.schema.createTable(this.tableName, () => {})`,
    `  }`,
    `}`,
  ].join('\n'),
  'database/migrations/3_distribution_create_centers.ts': `this.schema.createTable('distribution_centers', () => {})`,
  'database/migrations/4_shipping_create_items.ts': [
    `this.schema.createTable('shipping_items', () => {})`,
    `this.schema.createTable('shipping_batches', () => {})`,
  ].join('\n'),
}

function summary(violations: Violation[], rule?: Rule) {
  return violations
    .filter((v) => rule === undefined || v.rule === rule)
    .map((v) => `${v.rule} ${v.file}:${v.line} ${v.specifier}`)
}

test.group('Module boundaries: this codebase', () => {
  test('has no boundary violations', ({ assert }) => {
    const violations = checkBoundaries(app.appRoot.pathname)
    assert.deepEqual(
      violations.map((v) => `${v.rule} ${v.file}:${v.line} ${v.message}`),
      [],
      'module boundary violations'
    )
  })
})

test.group('Module boundaries: the checker', (group) => {
  const roots: string[] = []
  group.teardown(async () => {
    await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })))
  })
  const tree = async (files: Record<string, string | undefined>) => {
    const root = await synthetic(files)
    roots.push(root)
    return checkBoundaries(root)
  }

  test('accepts imports through contracts, events, core and within a module', async ({
    assert,
  }) => {
    const violations = await tree({
      'app/modules.json': manifest({
        distribution: [],
        shipping: ['distribution'],
        users: ['shipping'],
      }),
      'app/core/http/pagination.ts': `export const x = 1`,
      'app/distribution/contracts/centers.ts': `export abstract class Centers {}`,
      'app/shipping/events/transport_completed.ts': `export class TransportCompleted {}`,
      'app/shipping/models/item.ts': `export class Item {}`,
      'app/shipping/actions/add_item.ts': [
        `import { Centers } from '#distribution/contracts/centers'`,
        `import { x } from '#core/http/pagination'`,
        `import { Item } from '#shipping/models/item'`,
        `import { Other } from '../models/item.js'`,
      ].join('\n'),
      'app/users/listeners/on_completed.ts': `import type { TransportCompleted } from '#shipping/events/transport_completed'`,
    })
    assert.deepEqual(summary(violations), [])
  })

  test("rejects reaching into another module's internals, by alias or path", async ({ assert }) => {
    const violations = await tree({
      'app/shipping/models/item.ts': `export class Item {}`,
      'app/distribution/actions/delete_center.ts': [
        `import x from '#shipping/models/item'`,
        `import type { Y } from '../../shipping/queries/list_items.js'`,
        `const lazy = () => import('#shipping/controllers/items_controller')`,
        `export { z } from '#shipping/actions/add_item'`,
        'type T = typeof import(`#shipping/models/item`)',
      ].join('\n'),
    })
    assert.deepEqual(summary(violations, 'module-internals'), [
      'module-internals app/distribution/actions/delete_center.ts:1 #shipping/models/item',
      'module-internals app/distribution/actions/delete_center.ts:2 ../../shipping/queries/list_items.js',
      'module-internals app/distribution/actions/delete_center.ts:3 #shipping/controllers/items_controller',
      'module-internals app/distribution/actions/delete_center.ts:4 #shipping/actions/add_item',
      'module-internals app/distribution/actions/delete_center.ts:5 #shipping/models/item',
    ])
  })

  test('catches a module alias that package.json does not list yet', async ({ assert }) => {
    const violations = await tree({
      'app/shipping/actions/a.ts': `import { B } from '#billing/models/invoice'`,
    })
    assert.deepEqual(summary(violations, 'module-internals'), [
      'module-internals app/shipping/actions/a.ts:1 #billing/models/invoice',
    ])
  })

  test('rejects app/core importing any module, even its contracts', async ({ assert }) => {
    const violations = await tree({
      'app/core/queue/worker.ts': `import { Centers } from '#distribution/contracts/centers'`,
    })
    assert.deepEqual(summary(violations), [
      'core-imports-module app/core/queue/worker.ts:1 #distribution/contracts/centers',
    ])
  })

  test('rejects contracts and events that import or re-export anything internal', async ({
    assert,
  }) => {
    const violations = await tree({
      'app/modules.json': manifest({ shipping: ['users'], users: [] }),
      'app/shipping/contracts/items.ts': [
        `import { Item } from '../models/item.js'`,
        `export * from '../queries/list_items.js'`,
        `export { ListItems as Items } from '#shipping/queries/list_items'`,
        `export type { Row } from './../services/rows.js'`,
        `export * from '#shipping/events/item_created'`,
        `export { DomainError } from '#core/exceptions/domain_error'`,
        `export type { UserProfile } from '#users/contracts/users'`,
      ].join('\n'),
      'app/shipping/events/item_added.ts': `import type { Item } from '#shipping/models/item'`,
      'app/users/contracts/users.ts': `export type UserProfile = {}`,
    })
    assert.deepEqual(summary(violations), [
      'public-api-imports-internals app/shipping/contracts/items.ts:1 ../models/item.js',
      'public-api-imports-internals app/shipping/contracts/items.ts:2 ../queries/list_items.js',
      'public-api-imports-internals app/shipping/contracts/items.ts:3 #shipping/queries/list_items',
      'public-api-imports-internals app/shipping/contracts/items.ts:4 ./../services/rows.js',
      'public-api-imports-internals app/shipping/events/item_added.ts:1 #shipping/models/item',
    ])
  })

  test('rejects a cycle between modules, even through public APIs', async ({ assert }) => {
    const violations = await tree({
      'app/modules.json': manifest({
        shipping: ['distribution'],
        distribution: ['users'],
        users: ['shipping'],
      }),
      'app/shipping/actions/a.ts': `import { C } from '#distribution/contracts/centers'`,
      'app/distribution/actions/b.ts': `import { U } from '#users/contracts/users'`,
      'app/users/listeners/c.ts': `import { E } from '#shipping/events/transport_completed'`,
    })
    const cycles = violations.filter((v) => v.rule === 'module-cycle')
    assert.lengthOf(cycles, 1)
    assert.include(cycles[0].message, 'distribution -> users -> shipping -> distribution')
    // The manifest declares the same cycle, and says so.
    assert.deepEqual(summary(violations, 'manifest'), [
      'manifest app/modules.json:1 shipping -> distribution',
    ])
    assert.lengthOf(violations, 2)
  })

  test('rejects a module-to-module dependency the manifest does not declare', async ({
    assert,
  }) => {
    const violations = await tree({
      'app/modules.json': manifest({ shipping: ['users'], distribution: [], users: [] }),
      'app/shipping/actions/a.ts': [
        `import { U } from '#users/contracts/users'`,
        `import { C } from '#distribution/contracts/centers'`,
        `import type { E } from '#distribution/events/center_deleted'`,
      ].join('\n'),
      'app/distribution/actions/b.ts': `export const b = 1`,
      'app/users/actions/c.ts': `export const c = 1`,
    })
    assert.deepEqual(summary(violations), [
      'undeclared-dependency app/shipping/actions/a.ts:2 #distribution/contracts/centers',
    ])
  })

  test('rejects a manifest that is missing, incomplete, stale or cyclic', async ({ assert }) => {
    const missing = await tree({
      'app/modules.json': undefined,
      'app/shipping/actions/a.ts': `import { U } from '#users/contracts/users'`,
    })
    assert.deepEqual(
      missing.map((v) => `${v.rule}: ${v.message}`),
      [
        'manifest: app/modules.json is missing: it declares the modules and their allowed dependencies',
        'manifest: module "shipping" (app/shipping) is not declared',
        'undeclared-dependency: module "shipping" depends on "users", which app/modules.json does not allow (add it to shipping.dependsOn if it is meant)',
      ]
    )

    const broken = await tree({ 'app/modules.json': '{ "modules": ' })
    assert.match(broken[0].message, /^app\/modules.json is not valid JSON/)

    const stale = await tree({
      'app/modules.json': manifest(
        { shipping: ['users', 'billing'], users: [], billing: [] },
        { entries: { users: { 'actions/*': '' } } }
      ),
      'app/shipping/actions/a.ts': `export const a = 1`,
      'app/users/actions/b.ts': `export const b = 1`,
      'app/distribution/actions/c.ts': `export const c = 1`,
    })
    assert.deepEqual(
      stale.map((v) => `${v.rule}: ${v.message}`),
      [
        'manifest: module "distribution" (app/distribution) is not declared',
        'manifest: entry "users/actions/*" needs a reason',
        'manifest: module "billing" is declared but app/billing does not exist',
        'unused-dependency: module "shipping" is declared to depend on "users" but never imports it: drop it from app/modules.json',
        'unused-dependency: module "shipping" is declared to depend on "billing" but never imports it: drop it from app/modules.json',
        'unused-entry: entry "users/actions/*" is declared but nothing outside the modules imports it: drop it from app/modules.json',
      ]
    )
  })

  test("rejects #database/schema classes of another module's tables", async ({ assert }) => {
    const violations = await tree({
      ...MIGRATIONS,
      'app/shipping/queries/a.ts': [
        `import { ShippingItemSchema, UserSchema } from '#database/schema'`,
        `import type { UserProfileSchema as P } from '../../../database/schema.js'`,
        `import * as schema from '#database/schema'`,
        `class X extends schema.DistributionCenterSchema {}`,
        `type Y = import('#database/schema').CoreOutboxEventSchema`,
        `export { ShippingBatchSchema } from '#database/schema'`,
      ].join('\n'),
      'app/users/models/user.ts': `import { UserSchema } from '#database/schema'`,
    })
    assert.deepEqual(summary(violations), [
      'foreign-schema app/shipping/queries/a.ts:1 #database/schema',
      'foreign-schema app/shipping/queries/a.ts:2 ../../../database/schema.js',
      'foreign-schema app/shipping/queries/a.ts:3 #database/schema',
      'foreign-schema app/shipping/queries/a.ts:5 #database/schema',
    ])
    assert.deepEqual(
      violations.map((v) => v.message.split(' ')[0]),
      ['UserSchema', 'UserProfileSchema', 'DistributionCenterSchema', 'CoreOutboxEventSchema']
    )
  })

  test('names schema classes the way Lucid generates them', ({ assert }) => {
    assert.equal(schemaClassOf('users'), 'UserSchema')
    assert.equal(schemaClassOf('distribution_center_staff'), 'DistributionCenterStaffSchema')
    assert.equal(schemaClassOf('shipping_batch_items'), 'ShippingBatchItemSchema')
  })

  test("rejects SQL on another module's tables, raw or through the query builder", async ({
    assert,
  }) => {
    const violations = await tree({
      ...MIGRATIONS,
      'app/shipping/queries/a.ts': [
        `await db.from('users').where('id', 1)`,
        `await trx.from('user_profiles as p').delete()`,
        `await knex.raw('select * from users where id = ?', [1])`,
        'await db.rawQuery(`update "users" set banned = true where uuid = ${uuid}`)',
        `await db.insertQuery().table('distribution_centers').insert({})`,
        `await Item.query().join('users as u', 'u.id', 'i.user_id')`,
        `const TABLE = 'users'`,
        `vine.string().exists({ table: 'distribution_centers', column: 'center_code' })`,
        `await db.from('shipping_items as i').join('shipping_batches b', 'b.id', 'i.batch_id')`,
        `await db.rawQuery('select count(*) from shipping_items')`,
        `await q.whereRaw('exists (select 1 from core_outbox_events)')`,
        `const message = 'Only staff users may do this'`,
        `const FIND = 'select id, name from users where id = ?'`,
        `const COUNT = 'select count(*) as total ' + 'from "users" ' + 'where banned = false'`,
        'const CLAIM = `insert into core_outbox_events (id) values (${id})`',
        `await preparedRows('delete from user_profiles where id = ?', [1])`,
        `const hint = 'Select the users from the list'`,
        `const prose = 'Update the users list'`,
      ].join('\n'),
      'app/core/db/a.ts': `await db.from('shipping_items').count('*')`,
      'app/shipping/contracts/tables.ts': `export const ITEMS = 'shipping_items'`,
    })
    assert.deepEqual(summary(violations), [
      'foreign-table app/core/db/a.ts:1 shipping_items',
      'public-api-names-table app/shipping/contracts/tables.ts:1 shipping_items',
      'foreign-table app/shipping/queries/a.ts:1 users',
      'foreign-table app/shipping/queries/a.ts:2 user_profiles',
      'foreign-table app/shipping/queries/a.ts:3 users',
      'foreign-table app/shipping/queries/a.ts:4 users',
      'foreign-table app/shipping/queries/a.ts:5 distribution_centers',
      'foreign-table app/shipping/queries/a.ts:6 users',
      'foreign-table app/shipping/queries/a.ts:7 users',
      'foreign-table app/shipping/queries/a.ts:8 distribution_centers',
      'foreign-table app/shipping/queries/a.ts:11 core_outbox_events',
      'foreign-table app/shipping/queries/a.ts:13 users',
      'foreign-table app/shipping/queries/a.ts:14 users',
      'foreign-table app/shipping/queries/a.ts:15 core_outbox_events',
      'foreign-table app/shipping/queries/a.ts:16 user_profiles',
      // Prose that reads like SQL is SQL to the checker: rename the string.
      'foreign-table app/shipping/queries/a.ts:17 users',
    ])
  })

  test('takes table ownership from migration file names, and keeps it', async ({ assert }) => {
    const violations = await tree({
      ...MIGRATIONS,
      'database/migrations/5_create_things.ts': `this.schema.createTable('things', () => {})`,
      'database/migrations/6_shipping_add_user_column.ts': `this.schema.alterTable('users', () => {})`,
      'database/migrations/7_distribution_create_items.ts': `this.schema.createTable('shipping_items', () => {})`,
      'app/shipping/actions/a.ts': `export const a = 1`,
      'app/users/actions/b.ts': `export const b = 1`,
      'app/distribution/actions/c.ts': `export const c = 1`,
    })
    assert.deepEqual(summary(violations), [
      'table-ownership database/migrations/5_create_things.ts:1 5_create_things.ts',
      'table-ownership database/migrations/7_distribution_create_items.ts:1 shipping_items',
      'table-ownership database/migrations/6_shipping_add_user_column.ts:1 users',
    ])
  })

  test('rejects an import() whose specifier is computed', async ({ assert }) => {
    const violations = await tree({
      'app/shipping/actions/a.ts': [
        'const model = await import(`#users/models/${name}`)',
        `const other = await import(path)`,
        'const fine = await import(`#shipping/models/item`)',
      ].join('\n'),
      'start/routes.ts': 'await import(`#${module}/routes`)',
      'resources/js/app.ts': 'const page = await import(`./pages/${name}.vue`)',
    })
    assert.deepEqual(summary(violations), [
      'unresolvable-import app/shipping/actions/a.ts:1 `#users/models/${name}`',
      'unresolvable-import app/shipping/actions/a.ts:2 path',
      'unresolvable-import start/routes.ts:1 `#${module}/routes`',
      'unresolvable-import resources/js/app.ts:1 `./pages/${name}.vue`',
    ])
  })

  test('lets start/, config/, commands/, database/ and bench/ use only public entries', async ({
    assert,
  }) => {
    const violations = await tree({
      'app/modules.json': manifest(
        { auth: [], users: [], shipping: [] },
        {
          entries: {
            auth: { 'middleware/*': 'the kernel registers them' },
            shipping: {
              'actions/*': 'seeders drive the use cases',
              'queries/item_views': 'nothing uses it any more',
            },
          },
        }
      ),
      'app/auth/auth_provider.ts': `export default class {}`,
      'app/shipping/shipping_provider.ts': `export default class {}`,
      'app/users/commands/users_create.ts': `const { CreateUser } = await import('#users/actions/create_user')`,
      'start/routes.ts': `import '#auth/routes'`,
      'start/kernel.ts': [
        `const a = () => import('#auth/middleware/authenticated_middleware')`,
        `const b = () => import('#auth/services/principal_resolver')`,
      ].join('\n'),
      'adonisrc.ts': `const providers = [() => import('#auth/auth_provider'), () => import('#auth/auth_provider.js')]`,
      'config/auth.ts': `import User from '#users/models/user'`,
      'commands/users_create.ts': `const { CreateUser } = await import('#users/actions/create_user')`,
      'database/seeders/demo.ts': [
        `import { CreateItem } from '#shipping/actions/create_item'`,
        `import { UserDirectory } from '#users/contracts/users'`,
        `import type { ItemCreated } from '#shipping/events/item_created'`,
        `import { ItemStatus } from '#shipping/enums/item_status'`,
      ].join('\n'),
      'bench/logistics.ts': [
        `import { ListItems } from '#shipping/queries/list_items'`,
        `import docs from '#shipping/api_docs'`,
        `import { Outbox } from '#core/events/outbox'`,
      ].join('\n'),
    })
    assert.deepEqual(summary(violations), [
      'shell-internals start/kernel.ts:2 #auth/services/principal_resolver',
      'shell-internals config/auth.ts:1 #users/models/user',
      'shell-internals commands/users_create.ts:1 #users/actions/create_user',
      'shell-internals database/seeders/demo.ts:4 #shipping/enums/item_status',
      'shell-internals bench/logistics.ts:1 #shipping/queries/list_items',
      'unused-entry app/modules.json:1 shipping/queries/item_views',
    ])
  })

  test('exceptions need a reason, silence only their violation, and must not go stale', async ({
    assert,
  }) => {
    const violations = await tree({
      'app/modules.json': manifest(
        { shipping: [] },
        {
          exceptions: [
            { rule: 'shell-internals', file: 'bench/plans.ts', reason: 'rewritten elsewhere' },
            { rule: 'shell-internals', file: 'bench/gone.ts', reason: 'fixed long ago' },
            { rule: 'unresolvable-import', file: 'bin/loader.ts', reason: '' },
          ],
        }
      ),
      'app/shipping/models/item.ts': `export class Item {}`,
      'bench/plans.ts': `import Item from '#shipping/models/item'`,
      'bench/other.ts': `import Item from '#shipping/models/item'`,
      'bin/loader.ts': `await import(file)`,
    })
    assert.deepEqual(summary(violations), [
      'manifest app/modules.json:1 bin/loader.ts',
      'shell-internals bench/other.ts:1 #shipping/models/item',
      'stale-exception app/modules.json:1 bench/gone.ts',
    ])
  })

  test('rejects frontend imports across modules, of pages, or of server code', async ({
    assert,
  }) => {
    const violations = await tree({
      'resources/js/pages/shipping/items/index.vue': [
        `<template><div /></template>`,
        `<script setup lang="ts">`,
        `import Table from '~/components/ui/table.vue'`,
        `import ItemCard from '~/components/shipping/item_card.vue'`,
        `import Layout from '~/layouts/staff.vue'`,
        `import CenterPicker from '~/components/distribution/center_picker.vue'`,
        `import Other from '~/pages/shipping/items/show.vue'`,
        `import { Item } from '#shipping/models/item'`,
        `</script>`,
      ].join('\n'),
      'resources/js/components/ui/table.vue': `<script setup lang="ts">\nimport X from '../shipping/item_card.vue'\n</script>`,
      'resources/js/components/shipping/item_card.vue': `<script setup lang="ts">\nimport B from '../ui/badge.vue'\n</script>`,
    })
    assert.deepEqual(summary(violations), [
      'frontend-boundary resources/js/components/ui/table.vue:2 ../shipping/item_card.vue',
      'frontend-boundary resources/js/pages/shipping/items/index.vue:6 ~/components/distribution/center_picker.vue',
      'frontend-boundary resources/js/pages/shipping/items/index.vue:7 ~/pages/shipping/items/show.vue',
      'frontend-boundary resources/js/pages/shipping/items/index.vue:8 #shipping/models/item',
    ])
  })
})
