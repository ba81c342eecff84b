import { test } from '@japa/runner'
import { Validator } from '@seriousme/openapi-schema-validator'
import { apiDocument, registeredRoutes } from '#core/openapi/openapi_service'
import { API_PREFIX } from '#core/openapi/document'
import { apiContract } from '#tests/support/api_contract'
import { bearer, createUser, freshIdentityState, tokensFor } from '#tests/support/identity'
import { expectStatus, items, signedInStaff } from '#tests/support/logistics'

const DOCUMENT = '/api/docs/openapi.json'

test.group('API reference: the OpenAPI document', (group) => {
  freshIdentityState(group)

  test('is a valid OpenAPI 3.1 document', async ({ assert }) => {
    const { document } = await apiDocument()
    const validator = new Validator()
    const result = await validator.validate(document as any)
    assert.deepEqual(result.errors ?? [], [])
    assert.isTrue(result.valid)
    assert.equal(validator.version, '3.1')
  })

  test('documents every registered /api/v1 route, and no route that does not exist', async ({
    assert,
  }) => {
    const { document, undocumented, unknown } = await apiDocument()
    assert.deepEqual(undocumented, [])
    assert.deepEqual(unknown, [])
    const apiRoutes = registeredRoutes().filter((route) => route.pattern.startsWith(API_PREFIX))
    const operations = Object.values(document.paths).flatMap((path: any) => Object.keys(path))
    const methods = apiRoutes.flatMap((route) => route.methods.filter((m) => m !== 'HEAD'))
    assert.isAbove(apiRoutes.length, 40)
    assert.equal(operations.length, methods.length)
  })

  test('carries bodies from validators, answers from transformers, errors with their codes', async ({
    assert,
  }) => {
    const { document } = await apiDocument()
    const add = document.paths['/api/v1/shipping/batches/{alias}/add/'].post
    // Validator → request body (one element or an array).
    const element = add.requestBody.content['application/json'].schema.oneOf[0]
    assert.deepEqual(element.required, ['tracking_number'])
    // Transformer → closed answer schema.
    const item = document.components.schemas.ShippingItem
    assert.include(item.required, 'tracking_number')
    assert.isFalse(item.additionalProperties)
    // Domain errors → documented codes, with examples.
    assert.includeMembers(add.responses['400']['x-error-codes'], [
      'ShippingItemNotExist',
      'ShippingItemInOpenBatch',
      'ShippingBatchCompleted',
      'required',
    ])
    assert.includeMembers(add.responses['401']['x-error-codes'], ['not_authenticated'])
    assert.deepEqual(Object.keys(document.components.securitySchemes), [
      'bearer',
      'apiKey',
      'session',
    ])
    const list = document.paths['/api/v1/shipping/shippingitems/'].get
    assert.includeMembers(
      list.parameters.map((parameter: { name: string }) => parameter.name),
      ['page', 'page_size', 'ordering', 'status', 'current_distribution_center_code']
    )
  })

  test('the contract check refuses a missing field, an extra field and an undocumented code', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const [item] = await items(1)
    const path = `/api/v1/shipping/shippingitems/${item.trackingNumber}/`
    const response = await expectStatus(client.get(path).headers(staff.headers), 200)
    const body = response.body()
    const checker = await apiContract()
    const answer = { method: 'GET', path, status: 200 }

    assert.deepEqual(checker.problemsWith({ ...answer, body }), [])
    const withoutSku = { ...body }
    delete withoutSku.sku
    assert.match(
      checker.problemsWith({ ...answer, body: withoutSku }).join('\n'),
      /must have required property 'sku'/
    )
    assert.match(
      checker.problemsWith({ ...answer, body: { ...body, weight: 3 } }).join('\n'),
      /must NOT have additional properties/
    )
    assert.match(
      checker
        .problemsWith({
          ...answer,
          status: 404,
          body: { errors: [{ message: 'x', code: 'ShippingItemVanished' }] },
        })
        .join('\n'),
      /error code "ShippingItemVanished" not documented/
    )
    assert.match(
      checker.problemsWith({ ...answer, status: 418, body: {} }).join('\n'),
      /status not documented/
    )
  })
})

test.group('API reference: who may read it', (group) => {
  freshIdentityState(group)

  test('staff get the document and the docs page; a driver is refused; anonymous is asked to sign in', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const driver = await createUser({ type: 'DRIVER' })
    const staffTokens = await tokensFor(staff.uuid)
    const driverTokens = await tokensFor(driver.uuid)

    const document = await expectStatus(
      client.get(DOCUMENT).headers(bearer(staffTokens.access)),
      200
    )
    assert.equal(document.body().openapi, '3.1.0')

    const refused = await expectStatus(
      client.get(DOCUMENT).headers(bearer(driverTokens.access)),
      403
    )
    assert.equal(refused.body().errors[0].code, 'permission_denied')
    const anonymous = await expectStatus(client.get(DOCUMENT), 401)
    assert.equal(anonymous.body().errors[0].code, 'not_authenticated')

    const page = await expectStatus(client.get('/api/docs').loginAs(staff), 200)
    assert.include(page.text(), '/api/docs/assets/renderer.js')
    const renderer = await expectStatus(
      client.get('/api/docs/assets/renderer.js').loginAs(staff),
      200
    )
    assert.isAbove(renderer.text().length, 100_000)
    const toLogin = await client.get('/api/docs').redirects(0)
    toLogin.assertStatus(302)
    assert.equal(toLogin.header('location'), '/login')
  })
})
