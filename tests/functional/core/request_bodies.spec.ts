import { test } from '@japa/runner'
import { gzipSync } from 'node:zlib'
import { PASSWORD, createUser, freshIdentityState } from '#tests/support/identity'

/**
 * Raw bytes go through fetch: the api-client re-encodes string bodies, so
 * it cannot send a body that is broken on purpose.
 */
function post(path: string, headers: Record<string, string>, body: string | Buffer) {
  const url = `http://${process.env.HOST}:${process.env.PORT}${path}`
  return fetch(url, { method: 'POST', headers, body: new Uint8Array(Buffer.from(body)) })
}

const SIGNIN = '/api/v1/auth/signin/'
const JSON_TYPE = { 'content-type': 'application/json' }

/** A JSON object nested `depth` levels deep: {"a":{"a":…1…}}. */
function deepJson(depth: number) {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}

async function envelope(response: Response) {
  const text = await response.text()
  return { text, entries: JSON.parse(text).errors.map((e: any) => `${e.field} ${e.code}`) }
}

/**
 * Finding 8: a body that cannot be read (labelled gzip but not gzip, an
 * encoding the server does not decode, JSON nested too deep) is a 4xx in the
 * error envelope for the API and an error page for browsers, never a 500 and
 * never the parser's internals.
 */
test.group('Request bodies that cannot be read', (group) => {
  freshIdentityState(group)

  test('API: Content-Encoding gzip on a body that is not gzip is a 400 parse_error', async ({
    assert,
  }) => {
    const response = await post(
      SIGNIN,
      { ...JSON_TYPE, 'content-encoding': 'gzip' },
      '{"username":"staff","password":"x"}'
    )
    assert.equal(response.status, 400)
    const { text, entries } = await envelope(response)
    assert.deepEqual(entries, ['undefined parse_error'])
    assert.notMatch(text, /zlib|unexpected end|header check|stack|node:/i)
  })

  test('API: an encoding the server does not decode is a 415', async ({ assert }) => {
    const response = await post(
      SIGNIN,
      { ...JSON_TYPE, 'content-encoding': 'compress' },
      '{"username":"staff","password":"x"}'
    )
    assert.equal(response.status, 415)
    const { entries } = await envelope(response)
    assert.deepEqual(entries, ['undefined unsupported_media_type'])
  })

  test('API: JSON nested too deep is a 400 parse_error without the parser message', async ({
    assert,
  }) => {
    const response = await post(SIGNIN, JSON_TYPE, deepJson(50_000))
    assert.equal(response.status, 400)
    const { text, entries } = await envelope(response)
    assert.deepEqual(entries, ['undefined parse_error'])
    assert.notInclude(text, 'call stack')
  })

  test('API: a real gzip body is still read', async ({ assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await post(
      SIGNIN,
      { ...JSON_TYPE, 'content-encoding': 'gzip' },
      gzipSync(JSON.stringify({ username: staff.username, password: PASSWORD }))
    )
    assert.equal(response.status, 200)
  })

  test('the /login page: a broken gzip body gets the "could not be read" page, not a 500', async ({
    assert,
  }) => {
    const response = await post(
      '/login',
      {
        'content-type': 'application/x-www-form-urlencoded',
        'content-encoding': 'gzip',
        'x-inertia': 'true',
      },
      'username=staff&password=x'
    )
    assert.equal(response.status, 400)
    const text = await response.text()
    assert.equal(JSON.parse(text).component, 'core/errors/bad_request')
    assert.notMatch(text, /zlib|unexpected end|header check|node:/i)
  })
})
