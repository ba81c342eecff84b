import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import ShippingTransport from '#shipping/models/shipping_transport'
import { createUser, freshIdentityState } from '#tests/support/identity'
import {
  assignDriver,
  centers,
  loadedTransport,
  startTransport,
  transport,
} from '#tests/support/logistics'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import app from '@adonisjs/core/services/app'

type Card = {
  uuid: string
  state: string
  batch_count: number
  item_count: number
  source: { center_code: string; name: string }
  destination: { center_code: string; name: string }
  timestamp_departed: string | null
}
type ListProps = {
  profile: { name: string }
  tab: string
  counts: Record<'assigned' | 'on_the_road' | 'done', number>
  transports: { data: Card[]; meta: { total: number } }
}
type Rule = { allowed: boolean; reason: string | null }
type DetailProps = {
  transport: Card
  batches: { alias: string; item_count: number; items: { tracking_number: string }[] }[]
  rules: { start: Rule; complete: Rule }
}

const showUrl = (uuid: string) => `/driver/transports/${uuid}`

async function completeTransport(uuid: string) {
  const complete = await app.container.make(CompleteTransport)
  return complete.handle(uuid, { actor: null })
}

/**
 * The driver app's pages: the driver's own transports by tab, one transport
 * with its cargo, start and complete through the same actions and rules as
 * the API; other drivers and staff are refused.
 */
test.group('Driver app: /driver', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('tabs show only the driver’s own transports, by state, with counts', async ({
    client,
    assert,
  }) => {
    const { trip, driver, cargo } = await loadedTransport(3)
    const me = driver.user
    const onTheRoad = await loadedTransport(1)
    await assignDriver(onTheRoad.trip.uuid, me.uuid)
    await startTransport(onTheRoad.trip.uuid)
    const done = await loadedTransport(1)
    await assignDriver(done.trip.uuid, me.uuid)
    await startTransport(done.trip.uuid)
    await completeTransport(done.trip.uuid)
    // Arrived 40 days ago: out of "done".
    const old = await loadedTransport(1)
    await assignDriver(old.trip.uuid, me.uuid)
    await startTransport(old.trip.uuid)
    await completeTransport(old.trip.uuid)
    await ShippingTransport.query()
      .where('uuid', old.trip.uuid)
      .update({ timestamp_arrived: DateTime.now().minus({ days: 40 }).toSQL() })
    // Another driver's transport never shows.
    await loadedTransport(1)

    const list = await client.get('/driver').withInertia().loginAs(me)
    list.assertStatus(200)
    list.assertInertiaComponent('shipping/driver/index')
    const props = list.inertiaProps as ListProps
    assert.equal(props.tab, 'assigned')
    assert.deepEqual(props.counts, { assigned: 1, on_the_road: 1, done: 1 })
    assert.deepEqual(
      props.transports.data.map((card) => card.uuid),
      [trip.uuid]
    )
    const [card] = props.transports.data
    assert.equal(card.source.name, 'Center ICN')
    assert.equal(card.destination.name, 'Center PUS')
    assert.equal(card.batch_count, 1)
    assert.equal(card.item_count, cargo.length)
    assert.notProperty(card, 'driver')

    const road = await client.get('/driver?tab=on_the_road').withInertia().loginAs(me)
    assert.deepEqual(
      (road.inertiaProps as ListProps).transports.data.map((row) => row.uuid),
      [onTheRoad.trip.uuid]
    )
    const arrived = await client.get('/driver?tab=done').withInertia().loginAs(me)
    assert.deepEqual(
      (arrived.inertiaProps as ListProps).transports.data.map((row) => row.uuid),
      [done.trip.uuid]
    )
  })

  test('a partial reload answers only what it asks for (the live-update hook)', async ({
    client,
    assert,
  }) => {
    const { driver } = await loadedTransport(1)
    const partial = await client
      .get('/driver')
      .withInertiaPartialReload('shipping/driver/index', ['counts'])
      .loginAs(driver.user)
    partial.assertStatus(200)
    assert.property(partial.inertiaProps, 'counts')
    assert.notProperty(partial.inertiaProps, 'transports')
    assert.notProperty(partial.inertiaProps, 'profile')
    assert.deepEqual((partial.inertiaProps as ListProps).counts, {
      assigned: 1,
      on_the_road: 0,
      done: 0,
    })
  })

  test('the greeting names the driver', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER', fullname: 'Dana Driver' })
    const list = await client.get('/driver').withInertia().loginAs(driver)
    assert.equal((list.inertiaProps as ListProps).profile.name, 'Dana Driver')
    assert.deepEqual((list.inertiaProps as ListProps).counts, {
      assigned: 0,
      on_the_road: 0,
      done: 0,
    })
  })

  test('an unknown tab is refused like any bad filter (back, with the error), not a 500', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const list = await client.get('/driver?tab=lost').loginAs(driver).redirects(0)
    list.assertStatus(302)
    assert.include(JSON.stringify(list.flashMessages()), 'is not one of the available choices')
  })

  test('the detail lists batches and tracking numbers, and what start and complete may do', async ({
    client,
    assert,
  }) => {
    const { trip, driver, manifest, cargo } = await loadedTransport(2)
    const page = await client.get(showUrl(trip.uuid)).withInertia().loginAs(driver.user)
    page.assertStatus(200)
    page.assertInertiaComponent('shipping/driver/show')
    const props = page.inertiaProps as DetailProps
    assert.equal(props.transport.uuid, trip.uuid)
    assert.deepEqual(
      props.batches.map((batch) => batch.alias),
      [manifest.alias]
    )
    assert.sameMembers(
      props.batches[0].items.map((item) => item.tracking_number),
      cargo.map((item) => item.trackingNumber)
    )
    assert.deepEqual(props.rules.start, { allowed: true, reason: null })
    assert.deepEqual(props.rules.complete, {
      allowed: false,
      reason: 'The transport has not started yet.',
    })
  })

  test('another driver and staff get a 403 page; an unknown transport a 404', async ({
    client,
    assert,
  }) => {
    const { trip } = await loadedTransport(1)
    const stranger = await createUser({ type: 'DRIVER' })
    const staff = await createUser({ type: 'STAFF' })

    for (const path of [showUrl(trip.uuid), `${showUrl(trip.uuid)}/complete`]) {
      const other = await client.get(path).withInertia().loginAs(stranger)
      other.assertStatus(403)
      other.assertInertiaComponent('core/errors/forbidden')
      const asStaff = await client.get(path).withInertia().loginAs(staff)
      asStaff.assertStatus(403)
    }
    const list = await client.get('/driver').withInertia().loginAs(staff)
    list.assertStatus(403)
    for (const action of ['start', 'complete']) {
      const refused = await client
        .post(`${showUrl(trip.uuid)}/${action}`)
        .withCsrfToken()
        .withInertia()
        .loginAs(stranger)
      refused.assertStatus(403)
      const staffRefused = await client
        .post(`${showUrl(trip.uuid)}/${action}`)
        .withCsrfToken()
        .withInertia()
        .loginAs(staff)
      staffRefused.assertStatus(403)
    }
    const untouched = await ShippingTransport.findByOrFail('uuid', trip.uuid)
    assert.isNull(untouched.timestampDeparted)
    const unknown = await client
      .get(showUrl('00000000-0000-4000-8000-000000000000'))
      .withInertia()
      .loginAs(stranger)
    unknown.assertStatus(404)
  })

  test('start and complete: refused with the rule’s reason, then done through the actions', async ({
    client,
    assert,
  }) => {
    const { trip, driver } = await loadedTransport(2)
    const me = driver.user

    // Not started yet: complete is refused with the rule's words.
    const early = await client
      .post(`${showUrl(trip.uuid)}/complete`)
      .withCsrfToken()
      .header('referer', showUrl(trip.uuid))
      .loginAs(me)
      .redirects(0)
    early.assertStatus(302)
    early.assertFlashMessage('error', 'The transport has not started yet.')

    const started = await client
      .post(`${showUrl(trip.uuid)}/start`)
      .withCsrfToken()
      .loginAs(me)
      .redirects(0)
    started.assertStatus(302)
    started.assertHeader('location', showUrl(trip.uuid))
    started.assertFlashMessage('success', 'Started: 1 batch, 2 items on the road with you.')
    const again = await client
      .post(`${showUrl(trip.uuid)}/start`)
      .withCsrfToken()
      .header('referer', showUrl(trip.uuid))
      .loginAs(me)
      .redirects(0)
    again.assertFlashMessage('error', 'The transport has already departed.')

    const completed = await client
      .post(`${showUrl(trip.uuid)}/complete`)
      .withCsrfToken()
      .loginAs(me)
      .redirects(0)
    completed.assertStatus(302)
    completed.assertFlashMessage(
      'success',
      'Arrived at Center PUS: 1 batch completed, 2 items delivered.'
    )
    const row = await ShippingTransport.findByOrFail('uuid', trip.uuid)
    assert.isTrue(row.completed)

    const page = await client.get(showUrl(trip.uuid)).withInertia().loginAs(me)
    const props = page.inertiaProps as DetailProps
    assert.equal(props.rules.complete.reason, 'The transport has already arrived.')
  })

  test('a transport with no batch cannot start: the button says why', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const empty = await transport('ICN', 'PUS')
    await assignDriver(empty.uuid, driver.uuid)
    const page = await client.get(showUrl(empty.uuid)).withInertia().loginAs(driver)
    const props = page.inertiaProps as DetailProps
    assert.deepEqual(props.rules.start, {
      allowed: false,
      reason: 'No batch is loaded: add a batch first.',
    })
    const refused = await client
      .post(`${showUrl(empty.uuid)}/start`)
      .withCsrfToken()
      .header('referer', showUrl(empty.uuid))
      .loginAs(driver)
      .redirects(0)
    refused.assertFlashMessage('error', 'No batch is loaded: add a batch first.')
  })
})
