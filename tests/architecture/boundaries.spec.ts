import { test } from '@japa/runner'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { checkBoundaries, type Violation } from './boundaries.js'

/**
 * Writes a throwaway project (package.json with the real alias style, plus
 * the given files) and returns its root.
 */
async function synthetic(files: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'waybill-arch-'))
  const imports = {
    '#core/*': './app/core/*.js',
    '#shipping/*': './app/shipping/*.js',
    '#distribution/*': './app/distribution/*.js',
    '#users/*': './app/users/*.js',
  }
  await writeFile(join(root, 'package.json'), JSON.stringify({ imports }))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

function summary(violations: Violation[]) {
  return violations.map((v) => `${v.rule} ${v.file}:${v.line} ${v.specifier}`)
}

test.group('Module boundaries: this codebase', () => {
  test('has no boundary violations', ({ assert }) => {
    const violations = checkBoundaries(app.appRoot.pathname)
    assert.deepEqual(
      violations.map((v) => `${v.file}:${v.line} ${v.message}`),
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
  const tree = async (files: Record<string, string>) => {
    const root = await synthetic(files)
    roots.push(root)
    return checkBoundaries(root)
  }

  test('accepts imports through contracts, events, core and within a module', async ({
    assert,
  }) => {
    const violations = await tree({
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
      ].join('\n'),
    })
    assert.deepEqual(summary(violations), [
      'module-internals app/distribution/actions/delete_center.ts:1 #shipping/models/item',
      'module-internals app/distribution/actions/delete_center.ts:2 ../../shipping/queries/list_items.js',
      'module-internals app/distribution/actions/delete_center.ts:3 #shipping/controllers/items_controller',
      'module-internals app/distribution/actions/delete_center.ts:4 #shipping/actions/add_item',
    ])
  })

  test('catches a module alias that package.json does not list yet', async ({ assert }) => {
    const violations = await tree({
      'app/shipping/actions/a.ts': `import { B } from '#billing/models/invoice'`,
    })
    assert.deepEqual(summary(violations), [
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

  test('rejects contracts and events that import models', async ({ assert }) => {
    const violations = await tree({
      'app/shipping/contracts/items.ts': `import { Item } from '../models/item.js'`,
      'app/shipping/events/item_added.ts': `import type { Item } from '#shipping/models/item'`,
    })
    assert.deepEqual(summary(violations), [
      'public-api-imports-models app/shipping/contracts/items.ts:1 ../models/item.js',
      'public-api-imports-models app/shipping/events/item_added.ts:1 #shipping/models/item',
    ])
  })

  test('rejects a cycle between modules, even through public APIs', async ({ assert }) => {
    const violations = await tree({
      'app/shipping/actions/a.ts': `import { C } from '#distribution/contracts/centers'`,
      'app/distribution/actions/b.ts': `import { U } from '#users/contracts/users'`,
      'app/users/listeners/c.ts': `import { E } from '#shipping/events/transport_completed'`,
    })
    const cycles = violations.filter((v) => v.rule === 'module-cycle')
    assert.lengthOf(cycles, 1)
    assert.include(cycles[0].message, 'distribution -> users -> shipping -> distribution')
    assert.lengthOf(violations, 1)
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
