import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import PurgeExpiredCredentialsJob from '#auth/jobs/purge_expired_credentials_job'
import { createUser, freshIdentityState, tokensFor } from '#tests/support/identity'

test.group('PurgeExpiredCredentialsJob', (group) => {
  freshIdentityState(group)

  test('deletes old codes and expired tokens, keeps live ones', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const other = await createUser({ type: 'DRIVER' })
    for (const phonenumber of [driver.phonenumber, other.phonenumber]) {
      await client.post('/api/v1/auth/signin/token_request/').json({ phonenumber })
    }
    const old = await tokensFor(driver.uuid)
    const live = await tokensFor(driver.uuid)
    const oldFamily = await db
      .from('auth_refresh_tokens')
      .where('id', old.refresh.slice(4, 40))
      .first()

    const longAgo = new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString()
    const codes = await db.from('auth_phone_codes').orderBy('created_at', 'asc')
    await db.from('auth_phone_codes').where('id', codes[0].id).update({ created_at: longAgo })
    await db
      .from('auth_access_tokens')
      .where('family_id', oldFamily.family_id)
      .update({ expires_at: longAgo })
    await db
      .from('auth_refresh_tokens')
      .where('family_id', oldFamily.family_id)
      .update({ expires_at: longAgo })

    await new PurgeExpiredCredentialsJob().handle()

    assert.lengthOf(await db.from('auth_phone_codes'), 1)
    assert.lengthOf(await db.from('auth_access_tokens'), 1)
    const refresh = await db.from('auth_refresh_tokens')
    assert.lengthOf(refresh, 1)
    assert.equal(live.refresh.slice(4, 40), refresh[0].id)
  })
})
