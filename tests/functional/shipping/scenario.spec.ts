import { test } from '@japa/runner'
import { freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import { centers, signedInDriver, signedInStaff } from '#tests/support/logistics'

const API = '/api/v1/shipping'

test.group('Shipping: the whole journey of an item', (group) => {
  freshIdentityState(group)

  test('create → batch → transport → assign → start → complete: COMPLETED at the destination with a full timeline', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    await centers('ICN', 'PUS')
    const staff = await signedInStaff()
    const driver = await signedInDriver()

    const created = await client
      .post(`${API}/shippingitems/`)
      .headers(staff.headers)
      .json({ sku: 'BOOK-1' })
    created.assertStatus(201)
    const trackingNumber = created.body().tracking_number
    assert.match(trackingNumber, /^\d{8}-\d{10}$/)
    assert.equal(created.body().status, 'CREATED')

    const batch = await client.post(`${API}/batches/`).headers(staff.headers).json({})
    batch.assertStatus(201)
    const alias = batch.body().alias

    const added = await client
      .post(`${API}/batches/${alias}/add/`)
      .headers(staff.headers)
      .json([{ tracking_number: trackingNumber }])
    added.assertStatus(200)
    assert.equal(added.body()[0].status, 'MOVING')

    const transport = await client
      .post(`${API}/transports/`)
      .headers(staff.headers)
      .json({ distribution_center_code_source: 'ICN', distribution_center_code_destination: 'PUS' })
    transport.assertStatus(201)
    const uuid = transport.body().uuid

    const loaded = await client
      .post(`${API}/transports/${uuid}/add/`)
      .headers(staff.headers)
      .json({ alias })
    loaded.assertStatus(200)
    assert.equal(loaded.body()[0].alias, alias)
    assert.equal(loaded.body()[0].shipping_transport.uuid, uuid)

    const assigned = await client
      .post(`${API}/transports/${uuid}/assign/`)
      .headers(staff.headers)
      .json({ driver_uuid: driver.user.uuid })
    assigned.assertStatus(200)
    assert.equal(assigned.body().driver.uuid, driver.user.uuid)

    const started = await client.post(`${API}/transports/${uuid}/start/`).headers(driver.headers)
    started.assertStatus(200)
    assert.isNotNull(started.body().timestamp_departed)

    const completed = await client
      .post(`${API}/transports/${uuid}/complete/`)
      .headers(driver.headers)
    completed.assertStatus(200)
    assert.isTrue(completed.body().completed)
    assert.isNotNull(completed.body().timestamp_arrived)

    const item = await client.get(`${API}/shippingitems/${trackingNumber}/`).headers(staff.headers)
    assert.equal(item.body().status, 'COMPLETED')
    assert.equal(item.body().current_distribution_center_code, 'PUS')
    assert.isNotNull(item.body().timestamp_completed)

    await drainQueues()
    const timeline = await client
      .get(`${API}/shippingitems/${trackingNumber}/events/`)
      .headers(staff.headers)
    timeline.assertStatus(200)
    assert.deepEqual(
      timeline.body().results.map((entry: any) => entry.kind),
      ['CREATED', 'ADDED_TO_BATCH', 'LOADED_ON_TRANSPORT', 'DEPARTED', 'ARRIVED']
    )
  })
})
