import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { CreateApiKey } from '#auth/actions/create_api_key'
import { UnregisterUser } from '#users/actions/unregister_user'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { fieldErrors } from '#tests/support/web_forms'

type KeyView = {
  prefix: string
  name: string
  owner: { uuid: string; name: string; type: string } | null
  scopes: string[]
  created: string
  last_used: string | null
  revoked: string | null
  revokeBlockedBecause: string | null
}
type IndexProps = {
  keys: {
    data: KeyView[]
    meta: { total: number; page: number; pageSize: number; lastPage: number }
    filters: Record<string, string>
  }
  scopes: string[]
  statuses: string[]
  created: { name: string; prefix: string; key: string } | null
}

async function issue(name: string, ownerUuid: string | null = null) {
  const create = await app.container.make(CreateApiKey)
  return create.handle({ name, ownerUuid, scopes: ['shipping:read'], expiresAt: null })
}

/**
 * The console's API key screen: the same CreateApiKey / RevokeApiKey actions
 * as `apikeys:create` and `apikeys:revoke`; the secret is shown once.
 */
test.group('Console: /auth/api-keys', (group) => {
  freshIdentityState(group)

  test('admins list keys with owners, filters echoed back, newest first', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true, fullname: 'Ada Admin' })
    const first = await issue('Warehouse sync', admin.uuid)
    // A minute older: keys made in one millisecond tie on created_at, and
    // their ids (random UUIDs) order them by chance.
    await db
      .from('auth_api_keys')
      .where('prefix', first.prefix)
      .update({ created_at: new Date(Date.now() - 60_000).toISOString() })
    await issue('Partner feed')

    const response = await client.get('/auth/api-keys').withInertia().loginAs(admin)
    response.assertStatus(200)
    response.assertInertiaComponent('auth/api_keys/index')
    const props = response.inertiaProps as IndexProps
    assert.deepEqual(
      props.keys.data.map((key) => [key.name, key.owner?.name ?? null]),
      [
        ['Partner feed', null],
        ['Warehouse sync', 'Ada Admin'],
      ]
    )
    assert.deepEqual(props.keys.data[1], {
      ...props.keys.data[1],
      prefix: first.prefix,
      owner: { uuid: admin.uuid, name: 'Ada Admin', type: 'STAFF' },
      scopes: ['shipping:read'],
      last_used: null,
      revoked: null,
      revokeBlockedBecause: null,
    })
    assert.notProperty(props.keys.data[0], 'hash')
    assert.deepEqual(props.keys.meta, { total: 2, page: 1, pageSize: 10, lastPage: 1 })
    assert.deepEqual(props.keys.filters, {})
    assert.include(props.scopes, 'distribution:write')
    assert.isNull(props.created)

    const searched = await client
      .get('/auth/api-keys')
      .qs({ search: 'WARE', status: 'live', ordering: 'name', page_size: '5' })
      .withInertia()
      .loginAs(admin)
    const found = (searched.inertiaProps as IndexProps).keys
    assert.deepEqual(
      found.data.map((key) => key.prefix),
      [first.prefix]
    )
    assert.deepEqual(found.filters, { search: 'WARE', status: 'live', ordering: 'name' })
    assert.equal(found.meta.pageSize, 5)
  })

  test('creating a key shows its secret once; the key works; bad input gives field errors', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const driver = await createUser({ type: 'DRIVER', fullname: 'Dana Driver' })

    const created = await client
      .post('/auth/api-keys')
      .json({
        name: 'Scanner sync',
        scopes: ['users:read', 'shipping:read'],
        owner_uuid: driver.uuid,
      })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    created.assertStatus(302)
    created.assertHeader('location', '/auth/api-keys')
    created.assertFlashMessage('success', 'API key Scanner sync created.')
    const secret = created.flashMessage('createdApiKey') as IndexProps['created']
    assert.match(secret!.key, /^[\w-]{8}\.[\w-]{20,}$/)
    assert.equal(secret!.key.split('.')[0], secret!.prefix)

    // The page the creation redirects to shows it; the next one does not.
    const once = await client
      .get('/auth/api-keys')
      .withInertia()
      .withSession({ __flash__: { createdApiKey: secret } })
      .loginAs(admin)
    assert.deepEqual((once.inertiaProps as IndexProps).created, secret)
    const later = await client.get('/auth/api-keys').withInertia().loginAs(admin)
    const laterProps = later.inertiaProps as IndexProps
    assert.isNull(laterProps.created)
    assert.notInclude(JSON.stringify(laterProps), secret!.key.split('.')[1])
    assert.deepEqual(laterProps.keys.data[0].owner, {
      uuid: driver.uuid,
      name: 'Dana Driver',
      type: 'DRIVER',
    })

    const lookup = await client
      .get(`/api/v1/user/users/${driver.uuid}`)
      .header('authorization', `Api-Key ${secret!.key}`)
    lookup.assertStatus(200)

    const bad = await client
      .post('/auth/api-keys')
      .json({ name: '', scopes: ['root'], owner_uuid: 'nobody' })
      .header('referer', '/auth/api-keys')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    bad.assertStatus(302)
    const errors = Object.keys(fieldErrors(bad))
    assert.includeMembers(errors, ['name', 'owner_uuid'])
    assert.isTrue(errors.some((field) => field.startsWith('scopes')))

    const gone = await createUser({ type: 'STAFF' })
    const unregister = await app.container.make(UnregisterUser)
    await unregister.handle(gone.uuid)
    const inactiveOwner = await client
      .post('/auth/api-keys')
      .json({ name: 'Orphan', scopes: ['users:read'], owner_uuid: gone.uuid })
      .header('referer', '/auth/api-keys')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    assert.deepEqual(fieldErrors(inactiveOwner), {
      owner_uuid: ['Choose a person whose account is active.'],
    })
    const [{ total }] = await db.from('auth_api_keys').count('* as total')
    assert.equal(Number(total), 1)
  })

  test('admins revoke a key behind a redirect with a flash; the owner picker searches people', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true, fullname: 'Ada Admin' })
    await createUser({ type: 'DRIVER', fullname: 'Adam Driver' })
    const key = await issue('Old partner')

    const revoked = await client
      .delete(`/auth/api-keys/${key.prefix}`)
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    revoked.assertStatus(302)
    revoked.assertHeader('location', '/auth/api-keys')
    revoked.assertFlashMessage('success', `API key Old partner (${key.prefix}) revoked.`)

    const refused = await client
      .get('/api/v1/auth/api_key')
      .header('authorization', `Api-Key ${key.key}`)
    refused.assertStatus(401)

    const page = await client.get('/auth/api-keys').withInertia().loginAs(admin)
    const row = (page.inertiaProps as IndexProps).keys.data[0]
    assert.isNotNull(row.revoked)
    assert.equal(row.revokeBlockedBecause, 'This key is already revoked.')

    const unknown = await client
      .delete('/auth/api-keys/ABCDEFGH')
      .header('referer', '/auth/api-keys')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    unknown.assertStatus(302)
    unknown.assertFlashMessage('error', 'No ApiKey matches the given query.')

    const owners = await client
      .get('/auth/api-keys/owners')
      .qs({ search: 'ada' })
      .header('accept', 'application/json')
      .loginAs(admin)
    owners.assertStatus(200)
    assert.deepEqual(
      (owners.body() as { data: { name: string; type: string }[] }).data.map((person) => [
        person.name,
        person.type,
      ]),
      [
        ['Ada Admin', 'STAFF'],
        ['Adam Driver', 'DRIVER'],
      ]
    )
  })

  test('staff who are not administrators and drivers get the 403 page; anonymous visitors sign in', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const driver = await createUser({ type: 'DRIVER' })
    const key = await issue('Kept')
    for (const person of [staff, driver]) {
      const attempts = [
        client.get('/auth/api-keys'),
        client.get('/auth/api-keys/owners'),
        client.post('/auth/api-keys').json({ name: 'Mine', scopes: ['users:read'] }),
        client.delete(`/auth/api-keys/${key.prefix}`),
      ]
      for (const attempt of attempts) {
        const response = await attempt.withInertia().withCsrfToken().loginAs(person)
        response.assertStatus(403)
        response.assertInertiaComponent('core/errors/forbidden')
      }
    }
    const anonymous = await client.get('/auth/api-keys').redirects(0)
    anonymous.assertStatus(302)
    anonymous.assertHeader('location', '/login')

    const rows = await db.from('auth_api_keys').select('name', 'revoked_at')
    assert.deepEqual(rows, [{ name: 'Kept', revoked_at: null }])
  })
})
