import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { FindByReference } from '#shipping/queries/find_by_reference'
import { createUser, freshIdentityState } from '#tests/support/identity'

/**
 * Error pages know who is signed in (the shared `me` prop), so the page
 * renders inside the console for staff (resources/js/layouts/error.vue) and
 * in the public layout for anyone else; the built-app check looks at both.
 */
test.group('Error pages inside the layout', (group) => {
  freshIdentityState(group)
  group.each.teardown(() => app.container.restore(FindByReference))

  test('an unknown page address is a 404 that knows the signed-in staff member', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    for (const url of ['/no-such-page', '/shipping/nothing/here', '/dashboard/extra']) {
      const response = await client.get(url).withInertia().loginAs(staff)
      response.assertStatus(404)
      response.assertInertiaComponent('core/errors/not_found')
      assert.containsSubset(response.inertiaProps.me, { uuid: staff.uuid, type: 'STAFF' }, url)
    }
  })

  test('for anonymous visitors the 404 has no one signed in', async ({ client, assert }) => {
    const response = await client.get('/no-such-page').withInertia()
    response.assertStatus(404)
    response.assertInertiaComponent('core/errors/not_found')
    assert.isNull(response.inertiaProps.me)
  })

  test('the 403 page knows who was refused', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const response = await client.get('/dashboard').withInertia().loginAs(driver)
    response.assertStatus(403)
    response.assertInertiaComponent('core/errors/forbidden')
    assert.containsSubset(response.inertiaProps.me, { type: 'DRIVER' })
  })

  test('a server error while serving staff renders the 500 page with them signed in', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    class Broken extends FindByReference {
      async handle(): Promise<never> {
        throw new Error('lookup exploded')
      }
    }
    app.container.swap(FindByReference, () => new Broken())
    const response = await client.get('/search').qs({ q: 'X-1' }).withInertia().loginAs(staff)
    response.assertStatus(500)
    response.assertInertiaComponent('core/errors/server_error')
    assert.containsSubset(response.inertiaProps.me, { type: 'STAFF' })
    assert.notInclude(JSON.stringify(response.body()), 'lookup exploded')
  })

  test('the API keeps its JSON 404 for unknown addresses, whatever the credentials', async ({
    client,
  }) => {
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }] as Record<
      string,
      string
    >[]) {
      const response = await client.get('/api/v1/nothing/here').headers(headers)
      response.assertStatus(404)
      response.assertBody({ errors: [{ message: 'Not found.', code: 'not_found' }] })
    }
  })
})
