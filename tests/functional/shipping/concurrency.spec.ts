import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { freshIdentityState } from '#tests/support/identity'
import {
  batch,
  centers,
  items,
  loadedTransport,
  signedInStaff,
  startTransport,
  transport,
} from '#tests/support/logistics'
import ShippingItem from '#shipping/models/shipping_item'
import { UpdateBatch } from '#shipping/actions/update_batch'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { rollBackOpen, settled, waitersBehind } from '#tests/support/lock_waits'

const postgres = process.env.DB_CONNECTION === 'pg'

const API = '/api/v1/shipping'

/**
 * Real parallel requests against the real server: on PostgreSQL (CI's
 * second run) they race on separate connections and only the row locks
 * keep the rules.
 */
test.group('Shipping under concurrency', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  async function eventsNamed(name: string) {
    return db.from('core_outbox_events').where('name', name)
  }

  test('20 parallel requests putting one item into two open batches → exactly one membership', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const [first, second] = [await batch(), await batch()]
    const [item] = await items(1)

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        client
          .post(`${API}/batches/${(index % 2 === 0 ? first : second).alias}/add/`)
          .headers(staff.headers)
          .json([{ tracking_number: item.trackingNumber }])
          .then((response) => ({ target: index % 2 === 0 ? first.alias : second.alias, response }))
      )
    )

    const memberships = await db.from('shipping_batch_items').where('item_id', item.id)
    assert.lengthOf(memberships, 1)
    const winner = memberships[0].batch_id === first.id ? first.alias : second.alias
    for (const { target, response } of responses) {
      if (target === winner) {
        assert.equal(response.status(), 200)
      } else {
        assert.equal(response.status(), 400)
        assert.equal(response.body().errors[0].code, 'ShippingItemInOpenBatch')
      }
    }
    assert.lengthOf(await eventsNamed('shipping.item_added_to_batch'), 1)
  })

  test('10 parallel starts → exactly one 200, the rest 400 ShippingTransportAlreadyDeparted', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const { trip } = await loadedTransport(3)
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.post(`${API}/transports/${trip.uuid}/start/`).headers(staff.headers)
      )
    )
    const statuses = responses.map((response) => response.status())
    assert.equal(statuses.filter((status) => status === 200).length, 1)
    for (const response of responses.filter((r) => r.status() !== 200)) {
      assert.equal(response.status(), 400)
      assert.equal(response.body().errors[0].code, 'ShippingTransportAlreadyDeparted')
    }
    assert.lengthOf(await eventsNamed('shipping.transport_started'), 1)
  })

  test('10 parallel completes → exactly one 200, the rest 400, state consistent', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const { trip, cargo } = await loadedTransport(25)
    await startTransport(trip.uuid)

    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        client.post(`${API}/transports/${trip.uuid}/complete/`).headers(staff.headers)
      )
    )
    const winners = responses.filter((response) => response.status() === 200)
    assert.lengthOf(winners, 1)
    for (const response of responses.filter((r) => r.status() !== 200)) {
      assert.equal(response.status(), 400)
      assert.equal(response.body().errors[0].code, 'ShippingTransportAlreadyCompleted')
    }
    const arrived = winners[0].body().timestamp_arrived
    const stored = await db.from('shipping_transports').where('uuid', trip.uuid).first()
    assert.isTrue(Boolean(stored.completed))
    const rows = await ShippingItem.query().whereIn(
      'id',
      cargo.map((item) => item.id)
    )
    assert.isTrue(
      rows.every((row) => row.status === 'COMPLETED' && row.currentDistributionCenterCode === 'PUS')
    )
    assert.isNotNull(arrived)
    assert.lengthOf(await eventsNamed('shipping.transport_completed'), 1)
  })

  test('a batch put on a transport while an action waits for it: locks in order, no deadlock', async ({
    assert,
    cleanup,
  }) => {
    const onNone = await batch()
    const target = await transport()
    // Z holds the batch, as a transport being loaded with it does.
    const loading = await db.transaction()
    const onTransport = await db.transaction()
    cleanup(rollBackOpen(loading, onTransport))
    await loading.from('shipping_batches').where('id', onNone.id).forUpdate()
    // A rename read the batch on no transport, and waits for its lock.
    const renaming = settled(new UpdateBatch().handle(onNone.alias, { alias: 'RENAMED' }))
    await waitersBehind(loading, 1)
    // Y holds the transport, as an action on it does, and waits for the batch.
    // (FOR NO KEY UPDATE, as an update of the transport's row takes: the
    // batch's new key to it still only needs a key share.)
    await onTransport.rawQuery(
      'select id from shipping_transports where id = ? for no key update',
      [target.id]
    )
    const transportSideBatch = settled(
      onTransport.from('shipping_batches').where('id', onNone.id).forUpdate().exec()
    )
    await waitersBehind(loading, 2)
    // Z puts the batch on the transport. The rename, next in line, gets the
    // batch, finds it on the transport, and must not ask for the transport's
    // lock while it holds the batch's: Y holds that one and waits for the batch.
    await loading
      .from('shipping_batches')
      .where('id', onNone.id)
      .update({ transport_id: target.id })
    await loading.commit()

    assert.notInstanceOf(await transportSideBatch, Error)
    await onTransport.commit()
    const renamed = await renaming
    if (renamed instanceof Error) throw renamed
    assert.equal(renamed.alias, 'RENAMED')
    assert.equal(renamed.transportId, target.id)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('a completion locks its items in id order: past one it waits for, it holds none', async ({
    assert,
    cleanup,
  }) => {
    const { trip, cargo } = await loadedTransport(2)
    await startTransport(trip.uuid)
    const [first, second] = [...cargo].sort((a, b) => a.id - b.id)
    // The first item's rows move to the ends of their tables (new row
    // versions), so a plan reading in storage order meets it last.
    await db.from('shipping_items').where('id', first.id).update({ sku: 'MOVED' })
    await db.from('shipping_batch_items').where('item_id', first.id).update({ item_id: first.id })
    // An action holds the first item, as one adding it to a batch does.
    const holding = await db.transaction()
    cleanup(rollBackOpen(holding))
    await holding.from('shipping_items').where('id', first.id).forUpdate()

    const complete = await app.container.make(CompleteTransport)
    const completing = settled(complete.handle(trip.uuid, { actor: null }))
    await waitersBehind(holding, 1)
    // Locking in id order, the completion waits for the first item before
    // it locks the second: the holder can still take it (as adding a second
    // item in id order would), so no cycle can close.
    await holding.rawQuery('select id from shipping_items where id = ? for update nowait', [
      second.id,
    ])
    await holding.commit()

    const completed = await completing
    if (completed instanceof Error) throw completed
    assert.isTrue(completed.completed)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('a center cannot be deleted while a transport to it is being created', async ({
    client,
    assert,
  }) => {
    const admin = await signedInStaff()
    await db.from('users').where('uuid', admin.user.uuid).update({ is_admin: true })
    const [target] = await centers('DJN')
    const [created, deleted] = await Promise.all([
      client.post(`${API}/transports/`).headers(admin.headers).json({
        distribution_center_code_source: 'ICN',
        distribution_center_code_destination: 'DJN',
      }),
      client.delete(`/api/v1/distribution/centers/${target.uuid}/`).headers(admin.headers),
    ])
    // Either order is fine; both succeeding would leave a transport to nowhere.
    const outcomes = [created.status(), deleted.status()].join(',')
    assert.oneOf(outcomes, ['201,409', '400,204'])
  })
})
