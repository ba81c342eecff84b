import { test } from '@japa/runner'
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

type ItemProps = {
  item: {
    tracking_number: string
    sku: string
    status: string
    shipping_batches_history: { alias: string; shipping_transport__uuid: string | null }[]
    timestamp_updated: string | null
  }
  timeline: {
    data: { kind: string; status: string | null; note: string | null; actor_name: string }[]
    meta: { total: number; page: number; pageSize: number; lastPage: number }
  }
  rules: {
    canWrite: boolean
    report: { status: string; reason: string | null }[]
    reportBlockedBecause: string | null
    deleteBlockedBecause: string | null
  }
}

const itemUrl = (trackingNumber: string) => `/shipping/items/${trackingNumber}`

/**
 * The console's item screens: detail with timeline, create, edit, report and
 * delete, through the same actions and validators as the API.
 */
test.group('Console: /shipping/items/<tracking number>', (group) => {
  freshIdentityState(group)

  test('staff see the details, the batches, a timeline in words and what may be done', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const staff = await createUser({ type: 'STAFF', fullname: 'Ria Reporter' })
    const [item] = await items(1)
    const manifest = await batch('BATCH-A')
    await addItems(manifest.alias, [item.trackingNumber])

    const reported = await client
      .post(`${itemUrl(item.trackingNumber)}/report`)
      .form({ status: 'DAMAGED', note: 'Box crushed at the dock' })
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    reported.assertStatus(302)
    reported.assertHeader('location', itemUrl(item.trackingNumber))
    reported.assertFlashMessage('success', `Item ${item.trackingNumber} reported DAMAGED.`)
    await drainQueues()

    const response = await client.get(itemUrl(item.trackingNumber)).withInertia().loginAs(staff)
    response.assertStatus(200)
    response.assertInertiaComponent('shipping/items/show')
    const props = response.inertiaProps as ItemProps
    assert.equal(props.item.tracking_number, item.trackingNumber)
    assert.equal(props.item.status, 'DAMAGED')
    assert.isString(props.item.timestamp_updated)
    assert.deepEqual(
      props.item.shipping_batches_history.map((entry) => entry.alias),
      ['BATCH-A']
    )
    assert.deepEqual(
      props.timeline.data.map((line) => [line.kind, line.status]),
      [
        ['CREATED', 'CREATED'],
        ['ADDED_TO_BATCH', 'MOVING'],
        ['STATUS_CHANGED', 'DAMAGED'],
      ]
    )
    const last = props.timeline.data.at(-1)!
    assert.equal(last.note, 'Box crushed at the dock')
    assert.equal(last.actor_name, 'Ria Reporter')
    assert.equal(props.timeline.data[0].actor_name, 'Waybill (automatic)')
    assert.deepEqual(props.timeline.meta, { total: 3, page: 1, pageSize: 50, lastPage: 1 })

    // DAMAGED is final: another DAMAGED report (a further note) stays open, LOST does not.
    assert.isTrue(props.rules.canWrite)
    assert.deepEqual(props.rules.report, [
      { status: 'DAMAGED', reason: null },
      { status: 'LOST', reason: 'DAMAGED is final: this item can no longer be reported LOST.' },
    ])
    assert.isNull(props.rules.reportBlockedBecause)
    assert.isNull(props.rules.deleteBlockedBecause)
  })

  test('an item on a departed transport says why it cannot be deleted, and cannot be', async ({
    client,
    assert,
  }) => {
    await centers('ICN', 'PUS')
    const staff = await createUser({ type: 'STAFF' })
    const { trip, cargo } = await loadedTransport(1)
    const [travelling] = cargo

    const before = await client.get(itemUrl(travelling.trackingNumber)).withInertia().loginAs(staff)
    assert.isNull((before.inertiaProps as ItemProps).rules.deleteBlockedBecause)

    await startTransport(trip.uuid)
    const after = await client.get(itemUrl(travelling.trackingNumber)).withInertia().loginAs(staff)
    assert.match(
      (after.inertiaProps as ItemProps).rules.deleteBlockedBecause!,
      /on a transport that has departed/
    )

    const refused = await client
      .delete(itemUrl(travelling.trackingNumber))
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    refused.assertStatus(302)
    refused.assertFlashMessage('error', 'ShippingItem is on a departed transport.')
    assert.isNotNull(await ShippingItem.findBy('tracking_number', travelling.trackingNumber))
  })

  test('create, edit and delete end in a redirect with a flash', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })

    const form = await client.get('/shipping/items/create').withInertia().loginAs(staff)
    form.assertStatus(200)
    form.assertInertiaComponent('shipping/items/create')

    const created = await client
      .post('/shipping/items')
      .form({ sku: 'SKU-NEW' })
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    created.assertStatus(302)
    const item = await ShippingItem.findByOrFail('sku', 'SKU-NEW')
    assert.equal(item.status, 'CREATED')
    created.assertHeader('location', itemUrl(item.trackingNumber))
    created.assertFlashMessage('success', `Item ${item.trackingNumber} created.`)

    const edit = await client
      .get(`${itemUrl(item.trackingNumber)}/edit`)
      .withInertia()
      .loginAs(staff)
    edit.assertInertiaComponent('shipping/items/edit')
    assert.equal((edit.inertiaProps as ItemProps).item.sku, 'SKU-NEW')

    const saved = await client
      .put(itemUrl(item.trackingNumber))
      .form({ sku: 'SKU-EDITED' })
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    saved.assertStatus(302)
    saved.assertHeader('location', itemUrl(item.trackingNumber))
    saved.assertFlashMessage('success', `Item ${item.trackingNumber} saved.`)
    await item.refresh()
    assert.equal(item.sku, 'SKU-EDITED')

    const deleted = await client
      .delete(itemUrl(item.trackingNumber))
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    deleted.assertStatus(302)
    deleted.assertHeader('location', '/shipping/items')
    deleted.assertFlashMessage('success', `Item ${item.trackingNumber} deleted.`)
    assert.isNull(await ShippingItem.findBy('tracking_number', item.trackingNumber))
  })

  test('bad input gives field errors and refusals a flash, never a 500', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const [item] = await items(1)
    const page = itemUrl(item.trackingNumber)

    const tooLong = await client
      .post('/shipping/items')
      .form({ sku: 'X'.repeat(21) })
      .header('referer', '/shipping/items/create')
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    tooLong.assertStatus(302)
    tooLong.assertHeader('location', '/shipping/items/create')
    assert.match(fieldErrors(tooLong).sku[0], /20/)
    assert.lengthOf(await ShippingItem.all(), 1, 'nothing was created')

    const workflowOnly = await client
      .post(`${page}/report`)
      .form({ status: 'COMPLETED', note: '' })
      .header('referer', page)
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    workflowOnly.assertStatus(302)
    assert.property(fieldErrors(workflowOnly), 'status')

    const lost = await client
      .post(`${page}/report`)
      .form({ status: 'LOST', note: 'x'.repeat(501) })
      .header('referer', page)
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    assert.property(fieldErrors(lost), 'note')

    await client.post(`${page}/report`).form({ status: 'LOST' }).withCsrfToken().loginAs(staff)
    const final = await client
      .post(`${page}/report`)
      .form({ status: 'DAMAGED', note: 'found, but broken' })
      .header('referer', page)
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    final.assertStatus(302)
    final.assertHeader('location', page)
    final.assertFlashMessage('error', 'ShippingItem cannot go from LOST to DAMAGED.')
    assert.deepEqual(fieldErrors(final), {
      status: ['ShippingItem cannot go from LOST to DAMAGED.'],
    })
    await item.refresh()
    assert.equal(item.status, 'LOST')

    const unknown = await client.get(itemUrl('NO-SUCH-ITEM')).withInertia().loginAs(staff)
    unknown.assertStatus(404)
    unknown.assertInertiaComponent('core/errors/not_found')

    const unknownEdit = await client
      .put(itemUrl('NO-SUCH-ITEM'))
      .form({ sku: 'A' })
      .header('referer', '/shipping/items')
      .withCsrfToken()
      .loginAs(staff)
      .redirects(0)
    unknownEdit.assertStatus(302)
    unknownEdit.assertFlashMessage('error', 'No ShippingItem matches the given query.')
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const [item] = await items(1)
    for (const path of [itemUrl(item.trackingNumber), '/shipping/items/create']) {
      const asDriver = await client.get(path).withInertia().loginAs(driver)
      asDriver.assertStatus(403)
      asDriver.assertInertiaComponent('core/errors/forbidden')

      const anonymous = await client.get(path).redirects(0)
      anonymous.assertStatus(302)
      anonymous.assertHeader('location', '/login')
    }
    const report = await client
      .post(`${itemUrl(item.trackingNumber)}/report`)
      .form({ status: 'LOST' })
      .withCsrfToken()
      .loginAs(driver)
      .withInertia()
    report.assertStatus(403)
    report.assertInertiaComponent('core/errors/forbidden')
    const create = await client
      .post('/shipping/items')
      .form({ sku: 'A' })
      .withCsrfToken()
      .redirects(0)
    create.assertStatus(302)
    create.assertHeader('location', '/login')
  })
})
