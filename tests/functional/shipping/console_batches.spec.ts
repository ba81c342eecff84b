import { test } from '@japa/runner'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { batch, centers, items, loadedTransport } from '#tests/support/logistics'

type BatchesProps = {
  batches: {
    data: {
      alias: string
      completed: boolean
      item_count: number
      transport: { uuid: string; state: string } | null
    }[]
    meta: { total: number; page: number; pageSize: number; lastPage: number }
    filters: Record<string, unknown>
  }
}

/**
 * The console's batch list: the API's query and validator (ListBatches),
 * filters echoed back, and "New batch" through CreateBatch.
 */
test.group('Console: /shipping/batches', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('staff get the list with item counts, transports, pager facts and the filters echoed', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { manifest, trip } = await loadedTransport(2)
    await batch('DOCK-A1')
    await batch('DOCK-A2')
    await batch('YARD-B1')

    const response = await client
      .get('/shipping/batches')
      .qs({ search: 'dock', completed: 'false', ordering: 'timestamp_created', page_size: 1 })
      .withInertia()
      .loginAs(staff)
    response.assertStatus(200)
    response.assertInertiaComponent('shipping/batches/index')
    const { batches } = response.inertiaProps as BatchesProps
    assert.deepEqual(batches.meta, { total: 2, page: 1, pageSize: 1, lastPage: 2 })
    assert.deepEqual(batches.filters, {
      search: 'dock',
      completed: false,
      ordering: 'timestamp_created',
    })
    assert.deepEqual(
      batches.data.map((row) => row.alias),
      ['DOCK-A1']
    )

    const all = await client.get('/shipping/batches').withInertia().loginAs(staff)
    const rows = (all.inertiaProps as BatchesProps).batches.data
    assert.equal(rows.length, 4)
    const loaded = rows.find((row) => row.alias === manifest.alias)!
    assert.equal(loaded.item_count, 2)
    assert.equal(loaded.transport?.uuid, trip.uuid)
    assert.equal(loaded.transport?.state, 'assigned')
    assert.isNull(rows.find((row) => row.alias === 'YARD-B1')!.transport)

    const none = await client
      .get('/shipping/batches')
      .qs({ completed: 'true' })
      .withInertia()
      .loginAs(staff)
    const empty = none.inertiaProps as BatchesProps
    assert.deepEqual(empty.batches.data, [])
    assert.equal(empty.batches.meta.total, 0)
    assert.deepEqual(empty.batches.filters, { completed: true })
  })

  test('"New batch" opens one with a fresh alias and goes to its page with a flash', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .post('/shipping/batches')
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    response.assertStatus(302)
    const location = response.header('location') as string
    const alias = location.replace('/shipping/batches/', '')
    assert.match(alias, /^[\w-]+$/)
    response.assertFlashMessage('success', `Batch ${alias} opened. Paste or scan its items next.`)

    const page = await client.get(location).withInertia().loginAs(staff)
    page.assertStatus(200)
    page.assertInertiaComponent('shipping/batches/show')
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const manifest = await batch()
    for (const path of ['/shipping/batches', `/shipping/batches/${manifest.alias}`]) {
      const asDriver = await client.get(path).withInertia().loginAs(driver)
      asDriver.assertStatus(403)
      asDriver.assertInertiaComponent('core/errors/forbidden')

      const anonymous = await client.get(path).redirects(0)
      anonymous.assertStatus(302)
      anonymous.assertHeader('location', '/login')
    }
    const [item] = await items(1)
    const post = await client
      .post(`/shipping/batches/${manifest.alias}/items`)
      .withCsrfToken()
      .json({ tracking_numbers: [item.trackingNumber] })
      .withInertia()
      .loginAs(driver)
    post.assertStatus(403)
  })
})
