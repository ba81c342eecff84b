import { test } from '@japa/runner'
import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { Registry } from '#core/queue/registry'
import { shared } from '#core/http/shared_middleware'
import { signedInStaff } from '#tests/support/logistics'

test.group('Shared middleware (#core/http/shared_middleware)', () => {
  test('is built once, through the container, and handed out afterwards', async ({ assert }) => {
    let built = 0
    @inject()
    class CountingMiddleware {
      constructor(readonly registry: Registry) {
        built++
      }
    }
    const load = shared(async () => ({ default: CountingMiddleware }))

    // What AdonisJS does per request: load the module, ask the container for an instance.
    const perRequest = async () => {
      const module = await load()
      return app.container.make(module.default)
    }
    const first = await perRequest()
    const second = await perRequest()

    assert.equal(built, 1)
    assert.strictEqual(first, second)
    assert.strictEqual(first.registry, await app.container.make(Registry))
  })

  test('a middleware its package binds with a factory is shared too', async ({ assert }) => {
    class BoundMiddleware {}
    let built = 0
    app.container.bind(BoundMiddleware, () => {
      built++
      return new BoundMiddleware()
    })
    const load = shared(async () => ({ default: BoundMiddleware }))
    await load()
    await load()

    assert.strictEqual(
      await app.container.make(BoundMiddleware),
      await app.container.make(BoundMiddleware)
    )
    assert.equal(built, 1)
  })

  test('the per-route middleware is one instance across requests, and still does its work', async ({
    client,
    assert,
  }) => {
    const { headers } = await signedInStaff()
    const signedIn = await client.get('/api/v1/user/users/self/profile/').headers(headers)
    const anonymous = await client.get('/api/v1/user/users/self/profile/')

    signedIn.assertStatus(200)
    anonymous.assertStatus(401)
    const { default: Authenticated } = await import('#auth/middleware/authenticated_middleware')
    assert.strictEqual(
      await app.container.make(Authenticated as any),
      await app.container.make(Authenticated as any)
    )
  })
})
