import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { randomUUID } from 'node:crypto'
import { dbTimestamp } from '#core/db/timestamps'
import { insertInChunks } from '#core/db/bulk_insert'
import ShippingItem from '#shipping/models/shipping_item'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import { fieldErrors } from '#tests/support/web_forms'
import {
  addItems,
  batch,
  centers,
  items,
  loadedTransport,
  startTransport,
} from '#tests/support/logistics'

type ShowProps = {
  batch: {
    alias: string
    completed: boolean
    item_count: number
    transport: { uuid: string } | null
  }
  items: {
    data: { tracking_number: string; status: string }[]
    meta: { total: number; page: number; pageSize: number; lastPage: number }
  }
  rules: {
    add_items: { allowed: boolean; reason: string | null }
    remove_item: { allowed: boolean; reason: string | null }
  }
}

const batchUrl = (alias: string) => `/shipping/batches/${alias}`

async function membersOf(alias: string) {
  const rows = await db
    .from('shipping_batch_items as bi')
    .join('shipping_batches as b', 'b.id', 'bi.batch_id')
    .join('shipping_items as i', 'i.id', 'bi.item_id')
    .where('b.alias', alias)
    .orderBy('i.tracking_number')
    .select('i.tracking_number')
  return rows.map((row) => row.tracking_number as string)
}

/** `count` CREATED items written in bulk (the action is what is measured, not their creation). */
async function bulkItems(count: number) {
  const client = db.connection()
  const now = dbTimestamp(client)
  const numbers = Array.from(
    { length: count },
    (_, index) => `BULK-${String(index).padStart(6, '0')}`
  )
  await insertInChunks(
    client,
    'shipping_items',
    numbers.map((trackingNumber) => ({
      uuid: randomUUID(),
      tracking_number: trackingNumber,
      sku: '',
      status: 'CREATED',
      timestamp_created: now,
      updated_at: now,
    }))
  )
  return numbers
}

/**
 * A batch's console page: details, its items, adding many at once (all or
 * nothing, per-number errors) and removing one before departure.
 */
test.group('Console: /shipping/batches/<alias>', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('staff see the details, the items and what may be done', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const manifest = await batch('DOCK-7')
    const cargo = await items(3)
    await addItems(
      manifest.alias,
      cargo.map((item) => item.trackingNumber)
    )
    const response = await client
      .get(batchUrl(manifest.alias))
      .qs({ page_size: 2 })
      .withInertia()
      .loginAs(staff)
    response.assertStatus(200)
    response.assertInertiaComponent('shipping/batches/show')
    const props = response.inertiaProps as ShowProps
    assert.equal(props.batch.alias, 'DOCK-7')
    assert.equal(props.batch.item_count, 3)
    assert.isNull(props.batch.transport)
    assert.deepEqual(props.items.meta, { total: 3, page: 1, pageSize: 2, lastPage: 2 })
    assert.deepEqual(
      props.items.data.map((item) => item.status),
      ['MOVING', 'MOVING']
    )
    assert.deepEqual(props.rules, {
      add_items: { allowed: true, reason: null },
      remove_item: { allowed: true, reason: null },
    })

    const unknown = await client.get(batchUrl('NO-SUCH')).withInertia().loginAs(staff)
    unknown.assertStatus(404)
  })

  test('a departed batch says why its items can no longer change', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { trip, manifest } = await loadedTransport(1)
    await startTransport(trip.uuid)
    const response = await client.get(batchUrl(manifest.alias)).withInertia().loginAs(staff)
    const props = response.inertiaProps as ShowProps
    assert.equal(props.batch.transport?.uuid, trip.uuid)
    const departed = 'The batch has departed with its transport: its items can no longer change.'
    assert.deepEqual(props.rules, {
      add_items: { allowed: false, reason: departed },
      remove_item: { allowed: false, reason: departed },
    })
  })

  test('adding is all or nothing: one unknown number is named by its line and nothing is added', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const manifest = await batch()
    const cargo = await items(2)
    const refused = await client
      .post(`${batchUrl(manifest.alias)}/items`)
      .header('referer', batchUrl(manifest.alias))
      .withCsrfToken()
      .json({ tracking_numbers: [cargo[0].trackingNumber, 'NO-SUCH-1', cargo[1].trackingNumber] })
      .loginAs(staff)
      .redirects(0)
    refused.assertStatus(302)
    refused.assertHeader('location', batchUrl(manifest.alias))
    assert.deepEqual(fieldErrors(refused), {
      '1.tracking_number': ['ShippingItem does not exist.'],
    })
    refused.assertFlashMessage(
      'error',
      'Nothing was changed: 1 entry was refused, each with its reason.'
    )
    assert.deepEqual(await membersOf(manifest.alias), [])

    const added = await client
      .post(`${batchUrl(manifest.alias)}/items`)
      .withCsrfToken()
      .json({ tracking_numbers: cargo.map((item) => item.trackingNumber) })
      .loginAs(staff)
      .redirects(0)
    added.assertStatus(302)
    added.assertHeader('location', batchUrl(manifest.alias))
    added.assertFlashMessage('success', `Added 2 items to ${manifest.alias}.`)
    assert.deepEqual(
      await membersOf(manifest.alias),
      cargo.map((item) => item.trackingNumber).sort()
    )
  })

  test('more than 5,000 numbers, or none, are refused with a clear message', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const manifest = await batch()
    const tooMany = Array.from({ length: 5001 }, (_, index) => `N-${index}`)
    const refused = await client
      .post(`${batchUrl(manifest.alias)}/items`)
      .header('referer', batchUrl(manifest.alias))
      .withCsrfToken()
      .json({ tracking_numbers: tooMany })
      .loginAs(staff)
      .redirects(0)
    refused.assertStatus(302)
    assert.deepEqual(fieldErrors(refused), {
      tracking_numbers: [
        'At most 5,000 tracking numbers in one go: split the list and add the rest in another go.',
      ],
    })
    const empty = await client
      .post(`${batchUrl(manifest.alias)}/items`)
      .header('referer', batchUrl(manifest.alias))
      .withCsrfToken()
      .json({ tracking_numbers: [] })
      .loginAs(staff)
      .redirects(0)
    assert.deepEqual(fieldErrors(empty), {
      tracking_numbers: ['Paste or scan at least one tracking number.'],
    })
  })

  test('5,000 numbers are added in one go', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const manifest = await batch()
    const numbers = await bulkItems(5000)
    const started = performance.now()
    const added = await client
      .post(`${batchUrl(manifest.alias)}/items`)
      .withCsrfToken()
      .json({ tracking_numbers: numbers })
      .loginAs(staff)
      .redirects(0)
    const elapsed = performance.now() - started
    added.assertStatus(302)
    added.assertFlashMessage('success', `Added 5,000 items to ${manifest.alias}.`)
    assert.lengthOf(await membersOf(manifest.alias), 5000)
    console.log(
      `[measure] 5,000 numbers added through the console on ${db.primaryConnectionName}: ${Math.round(elapsed)} ms`
    )
  }).timeout(120_000)

  test('removing an item before departure puts it back to CREATED, with a timeline line', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const staff = await createUser({ type: 'STAFF' })
    const manifest = await batch()
    const cargo = await items(2)
    await addItems(
      manifest.alias,
      cargo.map((item) => item.trackingNumber)
    )
    const removed = await client
      .delete(`${batchUrl(manifest.alias)}/items/${cargo[0].trackingNumber}`)
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    removed.assertStatus(302)
    removed.assertHeader('location', batchUrl(manifest.alias))
    removed.assertFlashMessage(
      'success',
      `Removed ${cargo[0].trackingNumber} from ${manifest.alias}; it is CREATED again.`
    )
    assert.deepEqual(await membersOf(manifest.alias), [cargo[1].trackingNumber])
    const item = await ShippingItem.findByOrFail('tracking_number', cargo[0].trackingNumber)
    assert.equal(item.status, 'CREATED')

    await drainQueues()
    const timeline = await db
      .from('shipping_item_events')
      .where('item_id', item.id)
      // As the item's timeline reads it: listeners may write lines in any order.
      .orderBy('occurred_at')
      .orderBy('id')
      .select('kind', 'status', 'batch_alias')
    assert.deepInclude(timeline.at(-1), {
      kind: 'REMOVED_FROM_BATCH',
      status: 'CREATED',
      batch_alias: manifest.alias,
    })
  })

  test('removing is refused once the batch departed or closed, and for an item not in it', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { trip, manifest, cargo } = await loadedTransport(1)
    await startTransport(trip.uuid)
    const departed = await client
      .delete(`${batchUrl(manifest.alias)}/items/${cargo[0].trackingNumber}`)
      .header('referer', batchUrl(manifest.alias))
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    departed.assertStatus(302)
    departed.assertFlashMessage(
      'error',
      'The batch has departed with its transport: its items can no longer change.'
    )
    assert.deepEqual(await membersOf(manifest.alias), [cargo[0].trackingNumber])

    const open = await batch()
    const [stranger] = await items(1)
    const notIn = await client
      .delete(`${batchUrl(open.alias)}/items/${stranger.trackingNumber}`)
      .header('referer', batchUrl(open.alias))
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    notIn.assertStatus(302)
    notIn.assertFlashMessage('error', 'ShippingItem is not in this batch.')
  })
})
