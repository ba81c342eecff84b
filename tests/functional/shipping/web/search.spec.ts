import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { batch, centers, items, transport } from '#tests/support/logistics'

/**
 * Where a found record's page is: its route when this build has the page
 * (the item, batch and transport screens), else null (the search then goes
 * back and says what it found).
 */
function pageOf(route: string, params: Record<string, string>) {
  if (!router.has(route)) return null
  const urlFor = router.urlBuilder.urlFor as unknown as (name: string, p: object) => string
  return urlFor(route, params)
}

const FROM = '/shipping/items'

test.group('Console: global search /search?q=', (group) => {
  freshIdentityState(group)

  test('a tracking number, a batch alias and a transport uuid each jump to their page', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    await centers('ICN', 'PUS')
    const [item] = await items(1)
    const manifest = await batch()
    const trip = await transport('ICN', 'PUS')

    const cases = [
      {
        q: item.trackingNumber,
        page: pageOf('shipping.items.show', { tracking_number: item.trackingNumber }),
        found: `Item ${item.trackingNumber}`,
      },
      // Surrounding spaces (a pasted value) do not matter.
      {
        q: `  ${manifest.alias} `,
        page: pageOf('shipping.batches.show', { alias: manifest.alias }),
        found: `Batch ${manifest.alias}`,
      },
      {
        q: trip.uuid.toUpperCase(),
        page: pageOf('shipping.transports.show', { uuid: trip.uuid }),
        found: `Transport ${trip.uuid}`,
      },
      // An item's or batch's uuid finds it too.
      {
        q: item.uuid,
        page: pageOf('shipping.items.show', { tracking_number: item.trackingNumber }),
        found: `Item ${item.trackingNumber}`,
      },
    ]
    for (const { q, page, found } of cases) {
      const response = await client
        .get('/search')
        .qs({ q })
        .header('referer', FROM)
        .loginAs(staff)
        .redirects(0)
      response.assertStatus(302)
      if (page) {
        response.assertHeader('location', page)
      } else {
        response.assertHeader('location', FROM)
        response.assertFlashMessage('success', `${found} exists; its page is not available yet.`)
      }
      assert.notProperty(response.flashMessages(), 'error', q)
    }
  })

  test('nothing found goes back with a flash naming what was searched', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    await items(1)
    for (const q of [
      '20260101-0000000000',
      'not a code!',
      '9f1c7f57-2b0e-4c43-9d57-0a0d2f9d9a01',
    ]) {
      const response = await client
        .get('/search')
        .qs({ q })
        .header('referer', FROM)
        .loginAs(staff)
        .redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', FROM)
      response.assertFlashMessage('error', `Nothing found for “${q}”.`)
    }

    const empty = await client
      .get('/search')
      .qs({ q: '   ' })
      .header('referer', FROM)
      .loginAs(staff)
      .redirects(0)
    empty.assertHeader('location', FROM)
    empty.assertFlashMessage(
      'error',
      'Type a tracking number, a batch alias or a transport id to search.'
    )
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const asDriver = await client.get('/search').qs({ q: 'x' }).withInertia().loginAs(driver)
    asDriver.assertStatus(403)
    asDriver.assertInertiaComponent('core/errors/forbidden')

    const anonymous = await client.get('/search').qs({ q: 'x' }).redirects(0)
    anonymous.assertStatus(302)
    // The sign-in redirect keeps the query string (@adonisjs/auth's renderer).
    anonymous.assertHeader('location', '/login?q=x')
  })
})
