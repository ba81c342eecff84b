import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { dbTimestamp } from '#core/db/timestamps'
import { BUSINESS_TIME_ZONE } from '#core/time/business_time'
import { DashboardFigures } from '#shipping/queries/dashboard_figures'
import { createUser, freshIdentityState } from '#tests/support/identity'
import {
  assignDriver,
  centers,
  items,
  loadedTransport,
  startTransport,
  transport,
} from '#tests/support/logistics'

const PAGE = 'shipping/dashboard'
const WIDGETS = [
  'itemsByStatus',
  'openTransports',
  'deliveredPerDay',
  'createdPerDay',
  'topRoutes',
] as const

type Widget = (typeof WIDGETS)[number]

/** Midnight `daysAgo` business days before today, plus `hours`. */
function businessDay(daysAgo: number, hours = 10) {
  return DateTime.now()
    .setZone(BUSINESS_TIME_ZONE)
    .startOf('day')
    .minus({ days: daysAgo })
    .plus({ hours })
}

async function setItem(trackingNumber: string, changes: Record<string, unknown>) {
  await db.from('shipping_items').where('tracking_number', trackingNumber).update(changes)
}

const at = (time: DateTime) => dbTimestamp(db.connection(), time.toLocal())

test.group('Console: /dashboard', (group) => {
  freshIdentityState(group)
  group.each.teardown(() => app.container.restore(DashboardFigures))

  test('the page comes first; each widget is a deferred prop of its own group', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client.get('/dashboard').withInertia().loginAs(staff)
    response.assertStatus(200)
    response.assertInertiaComponent(PAGE)
    const body = response.body()
    for (const widget of WIDGETS) assert.notProperty(body.props, widget)
    assert.deepEqual(
      body.deferredProps,
      Object.fromEntries(WIDGETS.map((widget) => [widget, [widget]]))
    )
  })

  test('each widget counts the seeded rows', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    await centers('ICN', 'PUS', 'DJN')

    // Items: 6 in all. Two created today, one 3 days ago, one 20 days ago
    // (outside the 14 days); two delivered today, one 13 days ago (the
    // first day shown), one 14 days ago (just outside).
    const created = await items(6)
    const [a, b, c, d, e, f] = created.map((item) => item.trackingNumber)
    await setItem(a, { status: 'COMPLETED', timestamp_completed: at(businessDay(0, 1)) })
    await setItem(b, { status: 'COMPLETED', timestamp_completed: at(businessDay(0, 23)) })
    await setItem(c, {
      status: 'COMPLETED',
      timestamp_created: at(businessDay(3)),
      timestamp_completed: at(businessDay(13, 0)),
    })
    await setItem(d, {
      status: 'DAMAGED',
      timestamp_created: at(businessDay(20)),
      timestamp_completed: at(businessDay(14, 23)),
    })
    await setItem(e, { status: 'LOST', timestamp_created: at(businessDay(15)) })
    await setItem(f, { timestamp_created: at(businessDay(14, 12)) })

    // Transports: ICN → PUS twice (one waiting for a driver, one on the
    // road with its own batch of 2 more items), PUS → DJN once with a
    // driver but not departed.
    const waiting = await transport('ICN', 'PUS')
    const road = await loadedTransport(2)
    await startTransport(road.trip.uuid)
    const ready = await transport('PUS', 'DJN')
    const driver = await createUser({ type: 'DRIVER' })
    await assignDriver(ready.uuid, driver.uuid)

    const figure = async (widget: Widget) => {
      const response = await client
        .get('/dashboard')
        .withInertiaPartialReload(PAGE, [widget])
        .loginAs(staff)
      response.assertStatus(200)
      assert.deepEqual(response.body().rescuedProps ?? [], [])
      return response.inertiaProps[widget]
    }

    assert.deepEqual(await figure('itemsByStatus'), {
      total: 8,
      statuses: [
        { status: 'CREATED', count: 1 },
        { status: 'MOVING', count: 2 },
        { status: 'COMPLETED', count: 3 },
        { status: 'DAMAGED', count: 1 },
        { status: 'LOST', count: 1 },
      ],
    })
    assert.deepEqual(await figure('openTransports'), {
      waitingForDriver: 1,
      readyToDepart: 1,
      onTheRoad: 1,
    })
    assert.isString(waiting.uuid)

    const delivered = await figure('deliveredPerDay')
    assert.lengthOf(delivered.days, 14)
    assert.equal(delivered.days[13].date, businessDay(0).toISODate())
    assert.equal(delivered.days[0].date, businessDay(13).toISODate())
    assert.equal(delivered.days[13].count, 2)
    assert.equal(delivered.days[0].count, 1)
    assert.equal(delivered.total, 3)
    assert.equal(delivered.timeZone, BUSINESS_TIME_ZONE)

    const createdPerDay = await figure('createdPerDay')
    // Today: a, b and the two items loadedTransport created; 3 days ago: c.
    assert.equal(createdPerDay.days[13].count, 4)
    assert.equal(createdPerDay.days[10].count, 1)
    assert.equal(createdPerDay.total, 5)

    assert.deepEqual(await figure('topRoutes'), [
      {
        source: { code: 'ICN', name: 'Center ICN' },
        destination: { code: 'PUS', name: 'Center PUS' },
        transports: 2,
      },
      {
        source: { code: 'PUS', name: 'Center PUS' },
        destination: { code: 'DJN', name: 'Center DJN' },
        transports: 1,
      },
    ])
  })

  test('with nothing yet every widget answers zeros, not an error', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .get('/dashboard')
      .withInertiaPartialReload(PAGE, [...WIDGETS])
      .loginAs(staff)
    const props = response.inertiaProps
    assert.equal(props.itemsByStatus.total, 0)
    assert.deepEqual(props.openTransports, { waitingForDriver: 0, readyToDepart: 0, onTheRoad: 0 })
    assert.equal(props.deliveredPerDay.total, 0)
    assert.lengthOf(props.createdPerDay.days, 14)
    assert.deepEqual(props.topRoutes, [])
  })

  test('a widget whose figure fails is rescued alone: named in rescuedProps, the others load', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    class Failing extends DashboardFigures {
      async topRoutes(): Promise<never> {
        throw new Error('database went away')
      }
    }
    app.container.swap(DashboardFigures, async (resolver) => resolver.make(Failing))
    const response = await client
      .get('/dashboard')
      .withInertiaPartialReload(PAGE, ['itemsByStatus', 'topRoutes'])
      .loginAs(staff)
    response.assertStatus(200)
    assert.deepEqual(response.body().rescuedProps, ['topRoutes'])
    assert.notProperty(response.inertiaProps, 'topRoutes')
    assert.equal(response.inertiaProps.itemsByStatus.total, 0)
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const asDriver = await client.get('/dashboard').withInertia().loginAs(driver)
    asDriver.assertStatus(403)
    asDriver.assertInertiaComponent('core/errors/forbidden')

    const anonymous = await client.get('/dashboard').redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/login')
  })

  test('staff land on the dashboard: /console leads there', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client.get('/console').loginAs(staff).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
  })
})
