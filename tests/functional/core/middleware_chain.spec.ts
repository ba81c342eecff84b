import { test } from '@japa/runner'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Registry } from '#core/queue/registry'
import { middlewareChain } from '#core/http/middleware_chain'
import { contextFor } from '#tests/support/http_context'
import { signedInStaff } from '#tests/support/logistics'

/** An exception handler that writes down what it reports and renders the error's message with a 418. */
function recordingErrorHandler(seen: string[]) {
  class RecordingHandler {
    report(error: Error) {
      seen.push(`report ${error.message}`)
    }
    handle(error: Error, ctx: HttpContext) {
      seen.push(`handle ${error.message}`)
      ctx.response.status(418).send(error.message)
    }
  }
  return async () => ({ default: RecordingHandler })
}

/** A middleware that writes down when it runs and, after `next()`, the status it sees. */
function recorder(name: string, seen: string[]) {
  class Recorder {
    async handle(ctx: HttpContext, next: NextFn) {
      seen.push(`${name} before`)
      await next()
      seen.push(`${name} after, status ${ctx.response.getStatus()}`)
    }
  }
  return async () => ({ default: Recorder })
}

/** Runs the chain's middleware once, as AdonisJS runs one slot, with `next` as the slots after it. */
async function runChain(
  load: () => Promise<{ default: new () => { handle(ctx: HttpContext, next: NextFn): unknown } }>,
  ctx: HttpContext,
  next: NextFn
) {
  const { default: Chain } = await load()
  return new Chain().handle(ctx, next)
}

test.group('Middleware chain (#core/http/middleware_chain)', () => {
  test('runs its middleware in order, each built once through the container', async ({
    assert,
  }) => {
    const seen: string[] = []
    let built = 0
    @inject()
    class Injected {
      constructor(readonly registry: Registry) {
        built++
      }
      handle(_ctx: HttpContext, next: NextFn) {
        seen.push(`injected has a registry: ${this.registry instanceof Registry}`)
        return next()
      }
    }
    const chain = middlewareChain(recordingErrorHandler(seen))([
      recorder('first', seen),
      async () => ({ default: Injected }),
      recorder('last', seen),
    ])

    for (const request of [1, 2]) {
      seen.push(`request ${request}`)
      await runChain(chain, await contextFor('/'), async () => {
        seen.push('after the chain')
      })
    }

    assert.equal(built, 1)
    assert.deepEqual(seen.slice(0, 7), [
      'request 1',
      'first before',
      'injected has a registry: true',
      'last before',
      'after the chain',
      'last after, status 200',
      'first after, status 200',
    ])
    assert.deepEqual(seen.slice(7), ['request 2', ...seen.slice(1, 7)])
  })

  test('an error is reported and rendered where it is raised; the middleware before it see the response', async ({
    assert,
  }) => {
    const seen: string[] = []
    class Failing {
      handle() {
        throw new Error('no tea')
      }
    }
    const chain = middlewareChain(recordingErrorHandler(seen))([
      recorder('outer', seen),
      recorder('inner', seen),
      async () => ({ default: Failing }),
      recorder('never', seen),
    ])
    const ctx = await contextFor('/')

    await runChain(chain, ctx, async () => {
      seen.push('after the chain')
    })

    assert.deepEqual(seen, [
      'outer before',
      'inner before',
      'report no tea',
      'handle no tea',
      'inner after, status 418',
      'outer after, status 418',
    ])
    assert.equal(ctx.response.getBody(), 'no tea')
  })

  test('an error the slots after the chain let through is rendered at its last member', async ({
    assert,
  }) => {
    const seen: string[] = []
    const chain = middlewareChain(recordingErrorHandler(seen))([recorder('only', seen)])

    // AdonisJS catches an error at the slot that raised it: a rejected `next` reaches
    // the chain only if that slot's handler failed too. The member it passes through
    // (which does not catch it) is where it is rendered.
    await runChain(chain, await contextFor('/'), async () => {
      throw new Error('later')
    })

    assert.deepEqual(seen, ['only before', 'report later', 'handle later'])
  })

  test('a member that fails to build fails the request, and the next request builds again', async ({
    assert,
  }) => {
    const seen: string[] = []
    let attempts = 0
    class Flaky {
      constructor() {
        if (++attempts === 1) throw new Error('not yet')
      }
      handle(_ctx: HttpContext, next: NextFn) {
        return next()
      }
    }
    const chain = middlewareChain(recordingErrorHandler(seen))([async () => ({ default: Flaky })])
    const next = async () => {
      seen.push('passed')
    }

    await assert.rejects(async () => runChain(chain, await contextFor('/'), next), 'not yet')
    await runChain(chain, await contextFor('/'), next)

    assert.equal(attempts, 2)
    assert.deepEqual(seen, ['passed'])
  })

  test('the kernel chains do their work on every request', async ({ client, assert }) => {
    const { headers } = await signedInStaff()
    const first = await client.get('/api/v1/user/users/self/profile/').headers(headers)
    const second = await client.get('/api/v1/user/users/self/profile/').headers(headers)
    // Raw bytes through fetch: the api-client would re-encode a broken body.
    const malformed = await fetch(
      `http://${process.env.HOST}:${process.env.PORT}/api/v1/shipping/shippingitems/`,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: '{"sku": ',
      }
    )

    first.assertStatus(200)
    second.assertStatus(200)
    // request id (server chain), security headers (server chain), principal (route chain)
    assert.notEqual(first.header('x-request-id'), second.header('x-request-id'))
    assert.equal(first.header('referrer-policy'), 'same-origin')
    assert.equal(first.body().username, second.body().username)
    // The body parser (route chain) raised it, and the API's error envelope was rendered.
    assert.equal(malformed.status, 400)
    assert.equal(((await malformed.json()) as any).errors[0].code, 'parse_error')
    assert.exists(malformed.headers.get('x-request-id'))
  })
})
