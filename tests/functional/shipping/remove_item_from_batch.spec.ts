import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import ShippingItem from '#shipping/models/shipping_item'
import ShippingBatch from '#shipping/models/shipping_batch'
import { RemoveItemFromBatch } from '#shipping/actions/remove_item_from_batch'
import { freshIdentityState } from '#tests/support/identity'
import {
  addItems,
  batch,
  centers,
  items,
  loadedTransport,
  startTransport,
} from '#tests/support/logistics'

async function remove(alias: string, trackingNumber: string) {
  const action = await app.container.make(RemoveItemFromBatch)
  return action.handle(alias, trackingNumber, 'staff-uuid')
}

/** The error a promise rejects with, as `status code`. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    const { status, code } = error as { status: number; code: string }
    return `${status} ${code}`
  }
  return 'not refused'
}

test.group('RemoveItemFromBatch', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('takes the item out, puts a MOVING item back to CREATED and records one event', async ({
    assert,
  }) => {
    const manifest = await batch()
    const [moving, damaged] = await items(2)
    await addItems(manifest.alias, [moving.trackingNumber, damaged.trackingNumber])
    await ShippingItem.query()
      .where('tracking_number', damaged.trackingNumber)
      .update({ status: 'DAMAGED' })

    assert.deepEqual(await remove(manifest.alias, moving.trackingNumber), {
      trackingNumber: moving.trackingNumber,
      status: 'CREATED',
    })
    // A damaged item stays damaged: only MOVING is the batch's doing.
    assert.deepEqual(await remove(manifest.alias, damaged.trackingNumber), {
      trackingNumber: damaged.trackingNumber,
      status: 'DAMAGED',
    })
    const events = await db
      .from('core_outbox_events')
      .where('name', 'shipping.item_removed_from_batch')
      .select('payload')
    const payloads = events.map((row) =>
      typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload
    )
    assert.sameDeepMembers(payloads, [
      {
        batchAlias: manifest.alias,
        trackingNumber: moving.trackingNumber,
        reverted: true,
        actor: 'staff-uuid',
      },
      {
        batchAlias: manifest.alias,
        trackingNumber: damaged.trackingNumber,
        reverted: false,
        actor: 'staff-uuid',
      },
    ])
  })

  test('refuses a closed batch, a departed one, an item not in it and unknown keys', async ({
    assert,
  }) => {
    const closed = await batch()
    const [inClosed] = await items(1)
    await addItems(closed.alias, [inClosed.trackingNumber])
    await ShippingBatch.query().where('id', closed.id).update({ completed: true })
    assert.equal(
      await refusal(remove(closed.alias, inClosed.trackingNumber)),
      '400 ShippingBatchCompleted'
    )

    const { trip, manifest, cargo } = await loadedTransport(1)
    await startTransport(trip.uuid)
    assert.equal(
      await refusal(remove(manifest.alias, cargo[0].trackingNumber)),
      '400 ShippingBatchAlreadyDeparted'
    )

    const open = await batch()
    const [stranger] = await items(1)
    assert.equal(
      await refusal(remove(open.alias, stranger.trackingNumber)),
      '400 ShippingItemNotInBatch'
    )
    assert.equal(await refusal(remove(open.alias, 'NO-SUCH')), '404 not_found')
    assert.equal(await refusal(remove('NO-SUCH', stranger.trackingNumber)), '404 not_found')

    // Nothing moved: the refused removals changed no row.
    const stillIn = await db.from('shipping_batch_items').count('* as total')
    assert.equal(Number(stillIn[0].total), 2)
    const item = await ShippingItem.findByOrFail('tracking_number', cargo[0].trackingNumber)
    assert.equal(item.status, 'MOVING')
  })
})
