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

  test("every kernel middleware is one instance across requests, and each request's own work still happens", async ({
    client,
    assert,
  }) => {
    const { headers } = await signedInStaff()
    const first = await client.get('/api/v1/user/users/self/profile/').headers(headers)
    const second = await client.get('/health/live')

    first.assertStatus(200)
    assert.notEqual(first.header('x-request-id'), second.header('x-request-id'))
    const kernel = await Promise.all([
      import('#core/middleware/metrics_middleware'),
      import('#core/middleware/request_id_middleware'),
      import('#core/middleware/request_log_middleware'),
      import('#core/middleware/security_headers_middleware'),
      import('#core/middleware/container_bindings_middleware'),
      import('#core/middleware/public_files_middleware'),
      import('@adonisjs/cors/cors_middleware'),
      import('@adonisjs/vite/vite_middleware'),
      import('#core/middleware/inertia_middleware'),
      import('#core/middleware/body_parser_middleware'),
      import('#core/middleware/browser_state_middleware'),
      import('#auth/middleware/initialize_auth_middleware'),
      import('#auth/middleware/resolve_principal_middleware'),
      import('#auth/middleware/authenticated_middleware'),
    ])
    for (const { default: Middleware } of kernel) {
      const instance = await app.container.make(Middleware as any)
      assert.strictEqual(await app.container.make(Middleware as any), instance, Middleware.name)
    }
  })
})
