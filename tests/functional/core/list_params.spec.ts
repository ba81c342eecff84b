import { test } from '@japa/runner'
import { freshIdentityState } from '#tests/support/identity'
import { centers, signedInStaff } from '#tests/support/logistics'

const ITEMS = '/api/v1/shipping/shippingitems/'
const INVALID_PAGE = { errors: [{ message: 'Invalid page.', code: 'not_found' }] }

/** The list filter validators over HTTP: today's codes, in today's order. */
test.group('List parameters', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN')
  })

  test('a malformed page is 404 Invalid page.; a bad filter is reported before it', async ({
    client,
  }) => {
    const staff = await signedInStaff()
    for (const page of ['abc', '0', '1.5']) {
      const response = await client.get(ITEMS).qs({ page }).headers(staff.headers)
      response.assertStatus(404)
      response.assertBody(INVALID_PAGE)
    }
    const both = await client
      .get(ITEMS)
      .qs({ page: 'abc', status: 'FLYING' })
      .headers(staff.headers)
    both.assertStatus(400)
    both.assertBody({
      errors: [
        {
          message: 'Select a valid choice. FLYING is not one of the available choices.',
          code: 'invalid_choice',
          field: 'status',
        },
      ],
    })
  })

  test('page=last of an empty list is page 1; unusable sizes and orderings are ignored', async ({
    client,
  }) => {
    const staff = await signedInStaff()
    const response = await client
      .get('/api/v1/distribution/centers/')
      .qs({ page: 'last', page_size: 'ten', name: '' })
      .headers(staff.headers)
    response.assertStatus(200)
    response.assertBodyContains({ count: 1, current_page: 1, items_per_page: 10, next: null })
  })
})
