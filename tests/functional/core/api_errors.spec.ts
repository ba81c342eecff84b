import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import HttpExceptionHandler from '#core/exceptions/handler'
import { DomainError } from '#core/exceptions/domain_error'
import { contextFor } from '#tests/support/http_context'

class BatchCompleted extends DomainError {
  static status = 400
  static code = 'ShippingBatchCompleted'
  static message = 'ShippingBatch already completed.'
}

/**
 * Runs the real exception handler for an error raised while serving `url`.
 */
async function handle(error: unknown, url = '/api/v1/anything') {
  const ctx = await contextFor(url)
  await new HttpExceptionHandler().handle(error, ctx)
  return { status: ctx.response.getStatus(), body: ctx.response.getBody() }
}

test.group('API error envelope', () => {
  test('an unknown /api route is a JSON 404 in the envelope', async ({ client }) => {
    const response = await client.get('/api/nope')
    response.assertStatus(404)
    response.assertHeader('content-type', 'application/json; charset=utf-8')
    response.assertBody({ errors: [{ message: 'Not found.', code: 'not_found' }] })
  })

  test('an unknown /api route is JSON whatever the method and Accept header', async ({
    client,
  }) => {
    const response = await client.post('/api/v1/shipping/nope/').header('accept', 'text/html')
    response.assertStatus(404)
    response.assertBody({ errors: [{ message: 'Not found.', code: 'not_found' }] })
  })

  test('validation errors are 400 with one entry per field', async ({ assert }) => {
    const validator = vine.compile(
      vine.object({
        tracking_number: vine.string().maxLength(4),
        items: vine.array(vine.object({ alias: vine.string() })),
      })
    )
    const error = await validator
      .validate({ tracking_number: 'too-long', items: [{ alias: 'ok' }, {}] })
      .catch((e) => e)

    const { status, body } = await handle(error)
    assert.equal(status, 400)
    assert.deepEqual(body, {
      errors: [
        {
          message: 'The tracking_number field must not be greater than 4 characters',
          code: 'max_length',
          field: 'tracking_number',
        },
        { message: 'The alias field must be defined', code: 'required', field: 'items.1.alias' },
      ],
    })
  })

  test('domain errors keep their status, message and code', async ({ assert }) => {
    const { status, body } = await handle(new BatchCompleted())
    assert.equal(status, 400)
    assert.deepEqual(body, {
      errors: [{ message: 'ShippingBatch already completed.', code: 'ShippingBatchCompleted' }],
    })
  })

  test('unexpected errors are a 500 envelope without internals', async ({ assert }) => {
    const { status, body } = await handle(new Error('relation "secret_table" does not exist'))
    assert.equal(status, 500)
    assert.deepEqual(body, {
      errors: [{ message: 'A server error occurred.', code: 'server_error' }],
    })
    assert.notInclude(JSON.stringify(body), 'secret_table')
  })

  test('a browser 404 renders the Inertia not-found page', async ({ client }) => {
    const response = await client.get('/no-such-page').withInertia()
    response.assertStatus(404)
    response.assertInertiaComponent('core/errors/not_found')
  })
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

test.group('Request ids', () => {
  test('every response carries a generated X-Request-Id', async ({ client, assert }) => {
    const ok = await client.get('/api/healthcheck/')
    const missing = await client.get('/api/nope')
    for (const response of [ok, missing]) {
      assert.match(response.header('x-request-id') ?? '', UUID)
    }
    assert.notEqual(ok.header('x-request-id'), missing.header('x-request-id'))
  })

  test('an incoming X-Request-Id is honoured', async ({ client }) => {
    const response = await client.get('/api/nope').header('X-Request-Id', 'gateway-7f3a.42')
    response.assertHeader('x-request-id', 'gateway-7f3a.42')
  })

  test('an unsafe incoming X-Request-Id is replaced', async ({ client, assert }) => {
    const response = await client.get('/health/live').header('X-Request-Id', 'x" injected\tvalue')
    assert.match(response.header('x-request-id') ?? '', UUID)
  })
})
