import { test } from '@japa/runner'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { items } from '#tests/support/logistics'

/**
 * The console's item list: the API's query and filters, as page props.
 */
test.group('Console: /shipping/items', (group) => {
  freshIdentityState(group)

  test('staff get the items page with rows, pager facts and the filters echoed', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const created = await items(3)
    const response = await client
      .get('/shipping/items')
      .qs({ status: 'CREATED', ordering: 'timestamp_created', page_size: 2 })
      .withInertia()
      .loginAs(staff)
    response.assertStatus(200)
    response.assertInertiaComponent('shipping/items/index')
    const { items: page, statuses } = response.inertiaProps as {
      items: { data: { tracking_number: string }[]; meta: Record<string, number>; filters: object }
      statuses: string[]
    }
    assert.deepEqual(page.meta, { total: 3, page: 1, pageSize: 2, lastPage: 2 })
    assert.deepEqual(page.filters, { status: 'CREATED', ordering: 'timestamp_created' })
    assert.deepEqual(
      page.data.map((item) => item.tracking_number),
      created.slice(0, 2).map((item) => item.trackingNumber)
    )
    assert.include(statuses, 'DAMAGED')

    const none = await client
      .get('/shipping/items')
      .qs({ status: 'LOST' })
      .withInertia()
      .loginAs(staff)
    const empty = none.inertiaProps as { items: { data: unknown[]; meta: { total: number } } }
    assert.deepEqual(empty.items.data, [])
    assert.equal(empty.items.meta.total, 0)
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const asDriver = await client.get('/shipping/items').withInertia().loginAs(driver)
    asDriver.assertStatus(403)
    asDriver.assertInertiaComponent('core/errors/forbidden')

    const anonymous = await client.get('/shipping/items').redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/login')
  })
})
