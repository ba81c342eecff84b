import { test } from '@japa/runner'
import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { Registry } from '#core/queue/registry'
import { shared } from '#core/http/shared_middleware'

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

  test("every kernel middleware is one instance across requests, and each request's own work still happens", async ({
    client,
    assert,
  }) => {
    const first = await client.get('/health/live')
    const second = await client.get('/health/live')

    const ids = [first.header('x-request-id'), second.header('x-request-id')]
    assert.notEqual(ids[0], ids[1])
    const { default: RequestId } = await import('#core/middleware/request_id_middleware')
    const { default: Metrics } = await import('#core/middleware/metrics_middleware')
    for (const Middleware of [RequestId, Metrics]) {
      assert.isTrue(app.container.hasBinding(Middleware))
      assert.strictEqual(await app.container.make(Middleware), await app.container.make(Middleware))
    }
  })
})
