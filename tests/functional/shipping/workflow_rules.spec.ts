import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import {
  addItems,
  batch,
  centers,
  errorEntries,
  expectStatus,
  items,
  loadedTransport,
  signedInDriver,
  signedInStaff,
  startTransport,
  transport,
} from '#tests/support/logistics'
import ShippingItem from '#shipping/models/shipping_item'

const API = '/api/v1/shipping'

test.group('Shipping workflow rules (the reference bugs, fixed)', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS', 'DJN')
  })

  test('bulk add items: all or nothing, one error per failing element', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const manifest = await batch()
    const other = await batch()
    const [fresh, lost, elsewhere] = await items(3)
    await ShippingItem.query().where('id', lost.id).update({ status: 'LOST' })
    await addItems(other.alias, [elsewhere.trackingNumber])

    const response = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json([
        { tracking_number: fresh.trackingNumber },
        { tracking_number: '20260101-0000000000' },
        { tracking_number: lost.trackingNumber },
        { tracking_number: elsewhere.trackingNumber },
        {},
      ])
    response.assertStatus(400)
    assert.deepEqual(errorEntries(response), ['4.tracking_number required'])

    const domain = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json([
        { tracking_number: fresh.trackingNumber },
        { tracking_number: '20260101-0000000000' },
        { tracking_number: lost.trackingNumber },
        { tracking_number: elsewhere.trackingNumber },
      ])
    domain.assertStatus(400)
    assert.deepEqual(errorEntries(domain), [
      '1.tracking_number ShippingItemNotExist',
      '2.tracking_number ShippingBatchItemAddInvalidStatus',
      '3.tracking_number ShippingItemInOpenBatch',
    ])
    const memberships = await db.from('shipping_batch_items').where('batch_id', manifest.id)
    assert.lengthOf(memberships, 0, 'nothing written')
    const [unchanged] = await ShippingItem.query().where('id', fresh.id)
    assert.equal(unchanged.status, 'CREATED')

    const single = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json({ tracking_number: fresh.trackingNumber })
    single.assertStatus(200)
    assert.lengthOf(single.body(), 1)
    assert.equal(single.body()[0].status, 'MOVING')

    const missingBatch = await client
      .post(`${API}/batches/nope/add/`)
      .headers(staff.headers)
      .json([])
    missingBatch.assertStatus(404)
    const empty = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json([])
    empty.assertStatus(200)
    empty.assertBody([])
  })

  test('a bulk add larger than one INSERT statement (600 items) lands whole, timeline included', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const staff = await signedInStaff()
    const manifest = await batch()
    const cargo = await items(600)
    const response = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json(cargo.map((item) => ({ tracking_number: item.trackingNumber })))
    response.assertStatus(200)
    assert.lengthOf(response.body(), 600)
    assert.isTrue(response.body().every((item: any) => item.status === 'MOVING'))
    const [{ total }] = await db
      .from('shipping_batch_items')
      .where('batch_id', manifest.id)
      .count('* as total')
    assert.equal(Number(total), 600)
    await drainQueues()
    const [{ lines }] = await db
      .from('shipping_item_events')
      .where('kind', 'ADDED_TO_BATCH')
      .count('* as lines')
    assert.equal(Number(lines), 600)
  })

  test('items cannot join a completed batch or one that departed', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const { trip, manifest, driver } = await loadedTransport()
    const [late] = await items(1)
    await startTransport(trip.uuid)
    const departed = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json({ tracking_number: late.trackingNumber })
    departed.assertStatus(400)
    assert.equal(departed.body().errors[0].code, 'ShippingBatchAlreadyDeparted')

    await client.post(`${API}/transports/${trip.uuid}/complete/`).headers(driver.headers)
    const completed = await client
      .post(`${API}/batches/${manifest.alias}/add/`)
      .headers(staff.headers)
      .json({ tracking_number: late.trackingNumber })
    completed.assertStatus(400)
    assert.equal(completed.body().errors[0].code, 'ShippingBatchCompleted')
  })

  test('bulk add batches: unknown, completed, on another transport; none after departure', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const { trip, manifest } = await loadedTransport()
    const other = await transport('PUS', 'DJN')
    const closed = await batch()
    await client
      .patch(`${API}/batches/${closed.alias}/`)
      .headers(staff.headers)
      .json({ completed: true })
    const open = await batch()

    const refused = await client
      .post(`${API}/transports/${other.uuid}/add/`)
      .headers(staff.headers)
      .json([
        { alias: open.alias },
        { alias: 'missing' },
        { alias: closed.alias },
        { alias: manifest.alias },
      ])
    refused.assertStatus(400)
    assert.deepEqual(errorEntries(refused), [
      '1.alias ShippingBatchNotExist',
      '2.alias ShippingBatchAlreadyCompleted',
      '3.alias ShippingBatchAlreadyAssigned',
    ])
    const stillOpen = await db.from('shipping_batches').where('id', open.id).first()
    assert.isNull(stillOpen.transport_id, 'nothing written')

    const loaded = await client
      .post(`${API}/transports/${other.uuid}/add/`)
      .headers(staff.headers)
      .json([{ alias: open.alias }])
    loaded.assertStatus(200)
    assert.deepEqual(Object.keys(loaded.body()[0]), [
      'uuid',
      'alias',
      'completed',
      'shipping_transport',
      'timestamp_created',
      'timestamp_completed',
    ])
    assert.equal(loaded.body()[0].shipping_transport.batch_count, 1)

    await startTransport(trip.uuid)
    const late = await batch()
    const afterDeparture = await client
      .post(`${API}/transports/${trip.uuid}/add/`)
      .headers(staff.headers)
      .json({ alias: late.alias })
    afterDeparture.assertStatus(400)
    assert.equal(afterDeparture.body().errors[0].code, 'ShippingTransportAlreadyDeparted')
  })

  test('transport create: codes must exist, differ and fit (400, never 500)', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const same = await client
      .post(`${API}/transports/`)
      .headers(staff.headers)
      .json({ distribution_center_code_source: 'ICN', distribution_center_code_destination: 'ICN' })
    same.assertStatus(400)
    assert.equal(same.body().errors[0].code, 'same_as_source')

    const unknown = await client
      .post(`${API}/transports/`)
      .headers(staff.headers)
      .json({ distribution_center_code_source: 'XXX', distribution_center_code_destination: 'PUS' })
    unknown.assertStatus(400)
    unknown.assertBody({
      errors: [
        {
          message: 'Distribution center "XXX" does not exist.',
          code: 'does_not_exist',
          field: 'distribution_center_code_source',
        },
      ],
    })

    const long = await client
      .post(`${API}/transports/`)
      .headers(staff.headers)
      .json({ distribution_center_code_source: 'X'.repeat(17) })
    long.assertStatus(400)
    assert.sameMembers(errorEntries(long), [
      'distribution_center_code_source max_length',
      'distribution_center_code_destination required',
    ])

    const created = await client.post(`${API}/transports/`).headers(staff.headers).json({
      distribution_center_code_source: 'ICN',
      distribution_center_code_destination: 'PUS',
      completed: true,
    })
    created.assertStatus(201)
    const body = created.body()
    assert.deepEqual(Object.keys(body), [
      'uuid',
      'completed',
      'batch_count',
      'distribution_center_source',
      'distribution_center_destination',
      'driver',
      'timestamp_created',
      'timestamp_departed',
      'timestamp_arrived',
    ])
    assert.isFalse(body.completed, "completed is the workflow's, not the client's")
    assert.equal(body.distribution_center_source.center_code, 'ICN')
    assert.equal(body.distribution_center_destination.name, 'Center PUS')
    assert.equal(body.batch_count, 0)
    assert.isNull(body.driver)

    const rerouted = await client
      .patch(`${API}/transports/${body.uuid}/`)
      .headers(staff.headers)
      .json({ distribution_center_code_destination: 'DJN' })
    rerouted.assertStatus(200)
    assert.equal(rerouted.body().distribution_center_destination.center_code, 'DJN')
  })

  test('assign: only an active DRIVER; start: preconditions in order, once, post-start state', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const trip = await transport('ICN', 'PUS')
    const url = `${API}/transports/${trip.uuid}`

    const notDriver = await client
      .post(`${url}/assign/`)
      .headers(staff.headers)
      .json({ driver_uuid: staff.user.uuid })
    notDriver.assertStatus(400)
    assert.equal(notDriver.body().errors[0].code, 'invalid_driver')
    const badUuid = await client
      .post(`${url}/assign/`)
      .headers(staff.headers)
      .json({ driver_uuid: 'nope' })
    badUuid.assertStatus(400)

    const noBatch = await client.post(`${url}/start/`).headers(staff.headers)
    noBatch.assertStatus(400)
    assert.equal(noBatch.body().errors[0].code, 'ShippingTransportNoBatch')

    const manifest = await batch()
    await client.post(`${url}/add/`).headers(staff.headers).json({ alias: manifest.alias })
    const noDriver = await client.post(`${url}/start/`).headers(staff.headers)
    noDriver.assertStatus(400)
    assert.equal(noDriver.body().errors[0].code, 'ShippingTransportDriverNotConfigured')

    const notComplete = await client.post(`${url}/complete/`).headers(staff.headers)
    notComplete.assertStatus(400)
    assert.equal(notComplete.body().errors[0].code, 'ShippingTransportNotDeparted')

    const driver = await signedInDriver()
    const started = await client
      .post(`${url}/start/`)
      .headers(staff.headers)
      .json({ driver_uuid: driver.user.uuid })
    started.assertStatus(200)
    assert.isNotNull(started.body().timestamp_departed, 'the response is the post-start state')
    assert.equal(
      started.body().driver.uuid,
      driver.user.uuid,
      'the driver from the request is stored'
    )

    const again = await client.post(`${url}/start/`).headers(staff.headers)
    again.assertStatus(400)
    assert.equal(again.body().errors[0].code, 'ShippingTransportAlreadyDeparted')
    const reassign = await client
      .post(`${url}/assign/`)
      .headers(staff.headers)
      .json({ driver_uuid: driver.user.uuid })
    reassign.assertStatus(400)

    const completed = await client.post(`${url}/complete/`).headers(staff.headers)
    completed.assertStatus(200)
    const twice = await client.post(`${url}/complete/`).headers(staff.headers)
    twice.assertStatus(400)
    assert.equal(twice.body().errors[0].code, 'ShippingTransportAlreadyCompleted')
  })

  test('complete: batches completed, MOVING items COMPLETED at the destination, DAMAGED moved, LOST untouched', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const { trip, manifest, cargo, driver } = await loadedTransport(3)
    await client
      .post(`${API}/shippingitems/${cargo[1].trackingNumber}/report/`)
      .headers(staff.headers)
      .json({ status: 'DAMAGED' })
    await client
      .post(`${API}/shippingitems/${cargo[2].trackingNumber}/report/`)
      .headers(staff.headers)
      .json({ status: 'LOST' })
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/start/`).headers(driver.headers),
      200
    )
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/complete/`).headers(driver.headers),
      200
    )

    const batchView = await client.get(`${API}/batches/${manifest.alias}/`).headers(staff.headers)
    assert.isTrue(batchView.body().completed)
    assert.isNotNull(batchView.body().timestamp_completed)

    const rows = await ShippingItem.query()
      .whereIn(
        'id',
        cargo.map((item) => item.id)
      )
      .orderBy('id')
    assert.deepEqual(
      rows.map((row) => [
        row.status,
        row.currentDistributionCenterCode,
        row.timestampCompleted !== null,
      ]),
      [
        ['COMPLETED', 'PUS', true],
        ['DAMAGED', 'PUS', false],
        ['LOST', null, false],
      ]
    )
  })

  test('drivers: only their own transports (list, read, start, complete)', async ({
    client,
    assert,
  }) => {
    const { trip, driver } = await loadedTransport()
    const stranger = await signedInDriver()
    await transport('PUS', 'DJN')

    const own = await client.get(`${API}/driver/transports/`).headers(driver.headers)
    own.assertStatus(200)
    assert.deepEqual(
      own.body().results.map((t: any) => t.uuid),
      [trip.uuid]
    )
    const none = await client.get(`${API}/driver/transports/`).headers(stranger.headers)
    assert.equal(none.body().count, 0)

    await expectStatus(client.get(`${API}/transports/${trip.uuid}/`).headers(driver.headers), 200)
    await expectStatus(client.get(`${API}/transports/${trip.uuid}/`).headers(stranger.headers), 403)
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/start/`).headers(stranger.headers),
      403
    )
    await expectStatus(client.get(`${API}/transports/`).headers(driver.headers), 403)
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/start/`).headers(driver.headers),
      200
    )
    const staff = await signedInStaff()
    await expectStatus(client.get(`${API}/driver/transports/`).headers(staff.headers), 403)
  })

  test('deletes: transport with batches 409, batch on a transport 409, item in transit 409', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const { trip, manifest, cargo } = await loadedTransport(1)
    const hasBatches = await client.delete(`${API}/transports/${trip.uuid}/`).headers(staff.headers)
    hasBatches.assertStatus(409)
    assert.equal(hasBatches.body().errors[0].code, 'ShippingTransportHasBatches')
    const assigned = await client.delete(`${API}/batches/${manifest.alias}/`).headers(staff.headers)
    assigned.assertStatus(409)
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/start/`).headers(staff.headers),
      200
    )
    const inTransit = await client
      .delete(`${API}/shippingitems/${cargo[0].trackingNumber}/`)
      .headers(staff.headers)
    inTransit.assertStatus(409)
    assert.equal(inTransit.body().errors[0].code, 'ShippingItemInTransit')

    const loose = await batch()
    const [item] = await items(1)
    await addItems(loose.alias, [item.trackingNumber])
    await expectStatus(client.delete(`${API}/batches/${loose.alias}/`).headers(staff.headers), 204)
    const [reverted] = await ShippingItem.query().where('id', item.id)
    assert.equal(reverted.status, 'CREATED', 'an item whose open batch is gone is no longer moving')
    const empty = await transport('PUS', 'DJN')
    await expectStatus(
      client.delete(`${API}/transports/${empty.uuid}/`).headers(staff.headers),
      204
    )
  })

  test('batches: alias rules, completed filter, nested lists', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const created = await client
      .post(`${API}/batches/`)
      .headers(staff.headers)
      .json({ alias: 'MANIFEST-1' })
    created.assertStatus(201)
    assert.equal(created.body().alias, 'MANIFEST-1')
    assert.isNull(created.body().shipping_transport)
    const taken = await client
      .post(`${API}/batches/`)
      .headers(staff.headers)
      .json({ alias: 'MANIFEST-1' })
    taken.assertStatus(400)
    taken.assertBody({
      errors: [
        {
          message: 'shipping batch with this alias already exists.',
          code: 'unique',
          field: 'alias',
        },
      ],
    })
    const generated = await client.post(`${API}/batches/`).headers(staff.headers).json({})
    assert.match(generated.body().alias, /^\d{8}-[A-Za-z]{10}$/)

    const { trip, manifest, cargo } = await loadedTransport(2)
    const closed = await client
      .patch(`${API}/batches/MANIFEST-1/`)
      .headers(staff.headers)
      .json({ completed: true })
    closed.assertStatus(200)
    const reopen = await client
      .patch(`${API}/batches/MANIFEST-1/`)
      .headers(staff.headers)
      .json({ completed: false })
    reopen.assertStatus(400)
    const onTransport = await client
      .patch(`${API}/batches/${manifest.alias}/`)
      .headers(staff.headers)
      .json({ completed: true })
    onTransport.assertStatus(400)
    assert.equal(onTransport.body().errors[0].code, 'ShippingBatchOnTransport')

    const done = await client
      .get(`${API}/batches/`)
      .qs({ completed: 'True' })
      .headers(staff.headers)
    assert.deepEqual(
      done.body().results.map((b: any) => b.alias),
      ['MANIFEST-1']
    )
    const ignored = await client
      .get(`${API}/batches/`)
      .qs({ completed: 'maybe' })
      .headers(staff.headers)
    assert.equal(ignored.body().count, 3)

    const nested = await client
      .get(`${API}/transports/${trip.uuid}/batches/`)
      .headers(staff.headers)
    assert.deepEqual(
      nested.body().results.map((b: any) => b.alias),
      [manifest.alias]
    )
    const itemsInBatch = await client
      .get(`${API}/batches/${manifest.alias}/shippingitems/`)
      .qs({ status: 'MOVING' })
      .headers(staff.headers)
    assert.sameMembers(
      itemsInBatch.body().results.map((i: any) => i.tracking_number),
      cargo.map((i) => i.trackingNumber)
    )
    const unknownTransport = await client
      .get(`${API}/transports/00000000-0000-4000-8000-000000000000/batches/`)
      .headers(staff.headers)
    unknownTransport.assertStatus(404)
    assert.equal(
      unknownTransport.body().errors[0].message,
      'No ShippingTransport matches the given query.'
    )
  })

  test('transport list filters and ordering', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const { trip, driver } = await loadedTransport()
    const other = await transport('PUS', 'DJN')
    const byDriver = await client
      .get(`${API}/transports/`)
      .qs({ driver_uuid: driver.user.uuid })
      .headers(staff.headers)
    assert.deepEqual(
      byDriver.body().results.map((t: any) => t.uuid),
      [trip.uuid]
    )
    const bySource = await client
      .get(`${API}/transports/`)
      .qs({ distribution_center_code_source: 'PUS' })
      .headers(staff.headers)
    assert.deepEqual(
      bySource.body().results.map((t: any) => t.uuid),
      [other.uuid]
    )
    const badUuid = await client
      .get(`${API}/transports/`)
      .qs({ driver_uuid: 'nope' })
      .headers(staff.headers)
    badUuid.assertStatus(400)
    assert.equal(badUuid.body().errors[0].message, 'Enter a valid UUID.')
    const ordered = await client
      .get(`${API}/transports/`)
      .qs({ ordering: 'timestamp_created' })
      .headers(staff.headers)
    assert.deepEqual(
      ordered.body().results.map((t: any) => t.uuid),
      [trip.uuid, other.uuid]
    )
    const reversed = await client
      .get(`${API}/transports/`)
      .qs({ ordering: '-timestamp_created,bogus' })
      .headers(staff.headers)
    assert.deepEqual(
      reversed.body().results.map((t: any) => t.uuid),
      [other.uuid, trip.uuid]
    )
  })
})
