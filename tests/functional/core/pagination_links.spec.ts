import { test } from '@japa/runner'
import { appUrl } from '#core/http/public_url'
import { freshIdentityState } from '#tests/support/identity'
import { centers, signedInStaff } from '#tests/support/logistics'

/**
 * Issue 15: `next` and `previous` are built on the configured public URL
 * (APP_URL), never on a Host or X-Forwarded-Host anyone can send, so a
 * forged header cannot plant links to another site in a cached answer.
 */
test.group('Pagination links', (group) => {
  freshIdentityState(group)

  test('next and previous ignore X-Forwarded-Host and X-Forwarded-Proto', async ({
    client,
    assert,
  }) => {
    await centers('ICN', 'PUS', 'DJN')
    const staff = await signedInStaff()
    const response = await client
      .get('/api/v1/distribution/centers/')
      .qs({ page: 2, page_size: 1 })
      .headers(staff.headers)
      .header('X-Forwarded-Host', 'evil.example')
      .header('X-Forwarded-Proto', 'https')
    response.assertStatus(200)
    const { next, previous } = response.body()
    assert.equal(next, `${appUrl}/api/v1/distribution/centers/?page=3&page_size=1`)
    assert.equal(previous, `${appUrl}/api/v1/distribution/centers/?page_size=1`)
  })
})
