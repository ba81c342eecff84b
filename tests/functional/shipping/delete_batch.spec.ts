import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import { addItems, batch, centers, items, signedInStaff } from '#tests/support/logistics'

const API = '/api/v1/shipping'

test.group('Deleting a batch', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('one BatchDeleted event per deletion, however many items go back to CREATED', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const staff = await signedInStaff()
    const manifest = await batch()
    const cargo = await items(3)
    await addItems(
      manifest.alias,
      cargo.map((item) => item.trackingNumber)
    )
    const removed = await client.delete(`${API}/batches/${manifest.alias}/`).headers(staff.headers)
    removed.assertStatus(204)

    // Before it, nothing had changed an item's status by hand or deleted a batch.
    const recorded = await db
      .from('core_outbox_events')
      .whereIn('name', ['shipping.batch_deleted', 'shipping.item_status_changed'])
      .select('name', 'payload')
    assert.deepEqual(
      recorded.map((row) => row.name),
      ['shipping.batch_deleted']
    )
    const payload =
      typeof recorded[0].payload === 'string'
        ? JSON.parse(recorded[0].payload)
        : recorded[0].payload
    assert.sameMembers(
      payload.revertedTrackingNumbers,
      cargo.map((item) => item.trackingNumber)
    )

    await drainQueues()
    for (const item of cargo) {
      const timeline = await client
        .get(`${API}/shippingitems/${item.trackingNumber}/events/`)
        .headers(staff.headers)
      assert.deepInclude(timeline.body().results.at(-1), {
        kind: 'STATUS_CHANGED',
        status: 'CREATED',
        note: `batch ${manifest.alias} was deleted`,
      })
      const shown = await client
        .get(`${API}/shippingitems/${item.trackingNumber}/`)
        .headers(staff.headers)
      assert.equal(shown.body().status, 'CREATED')
    }
  })
})
