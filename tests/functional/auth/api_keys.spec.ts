import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { ApiKeyStore } from '#auth/services/api_key_store'
import { RevokeApiKey } from '#auth/actions/revoke_api_key'
import type { ApiScope } from '#core/auth/principal'
import { BanUser } from '#users/actions/ban_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'

async function apiKey(
  scopes: ApiScope[],
  expiresAt: Date | null = null,
  ownerUuid: string | null = null
) {
  const store = await app.container.make(ApiKeyStore)
  return store.create({ name: 'partner', ownerUuid, scopes, expiresAt })
}

test.group('API keys (Authorization: Api-Key <prefix>.<secret>)', (group) => {
  freshIdentityState(group)

  test('a key with the scope may look a user up; one without it gets 403', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const allowed = await apiKey(['users:read'])
    const ok = await client
      .get(`/api/v1/user/users/${driver.uuid}/`)
      .header('authorization', `Api-Key ${allowed.key}`)
    ok.assertStatus(200)
    ok.assertBodyContains({ uuid: driver.uuid, type: 'DRIVER' })

    const other = await apiKey(['shipping:read'])
    const denied = await client
      .get(`/api/v1/user/users/${driver.uuid}/`)
      .header('authorization', `Api-Key ${other.key}`)
    denied.assertStatus(403)
    denied.assertBody({
      errors: [
        {
          message: 'You do not have permission to perform this action.',
          code: 'permission_denied',
        },
      ],
    })
  })

  test('a key reads its own scopes, and has no profile', async ({ client }) => {
    const key = await apiKey(['shipping:read', 'shipping:write'])
    const self = await client
      .get('/api/v1/auth/api_key/')
      .header('authorization', `Api-Key ${key.key}`)
    self.assertBody({
      prefix: key.prefix,
      name: 'partner',
      scopes: ['shipping:read', 'shipping:write'],
    })

    const profile = await client
      .get('/api/v1/user/users/self/profile/')
      .header('authorization', `Api-Key ${key.key}`)
    profile.assertStatus(403)
  })

  test('revoked, expired, wrong-secret and malformed keys are 401', async ({ client }) => {
    const revoked = await apiKey(['users:read'])
    const revoke = await app.container.make(RevokeApiKey)
    await revoke.handle(revoked.prefix)
    const expired = await apiKey(['users:read'], new Date(Date.now() - 1000))
    const valid = await apiKey(['users:read'])

    for (const value of [
      revoked.key,
      expired.key,
      `${valid.prefix}.wrongwrongwrongwrongwrong`,
      'garbage',
    ]) {
      const response = await client
        .get('/api/v1/auth/api_key/')
        .header('authorization', `Api-Key ${value}`)
      response.assertStatus(401)
    }
  })

  test('the secret is stored only as a hash', async ({ assert }) => {
    const key = await apiKey(['users:read'])
    const row = await db.from('auth_api_keys').where('prefix', key.prefix).first()
    assert.notInclude(JSON.stringify(row), key.key.split('.')[1])
  })

  for (const [how, deactivate] of [
    ['deactivated', UnregisterUser],
    ['banned', BanUser],
  ] as const) {
    test(`a ${how} owner's keys are refused at once and revoked by the listener`, async ({
      client,
      assert,
      cleanup,
    }) => {
      const owner = await createUser({ type: 'STAFF', isAdmin: true })
      const owned = await apiKey(['users:read'], null, owner.uuid)
      const unowned = await apiKey(['users:read'])
      const call = (key: string) =>
        client.get('/api/v1/auth/api_key/').header('authorization', `Api-Key ${key}`)
      const before = await call(owned.key)
      before.assertStatus(200)

      const action = await app.container.make(deactivate)
      await action.handle(owner.uuid)

      // No worker has run yet: the key is refused because its owner is gone.
      const refused = await call(owned.key)
      refused.assertStatus(401)
      refused.assertBody({
        errors: [{ message: 'Invalid API key.', code: 'authentication_failed' }],
      })

      const worker = await startWorker(['events'])
      cleanup(() => worker.close())
      await drainQueues()
      const row = await db.from('auth_api_keys').where('prefix', owned.prefix).first()
      assert.isNotNull(row.revoked_at)
      const other = await db.from('auth_api_keys').where('prefix', unowned.prefix).first()
      assert.isNull(other.revoked_at)
      const stillValid = await call(unowned.key)
      stillValid.assertStatus(200)
    })
  }
})
