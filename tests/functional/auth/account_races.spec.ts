import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { FieldError } from '#core/exceptions/domain_error'
import { CreateApiKey, OWNER_NOT_ACTIVE } from '#auth/actions/create_api_key'
import { RefreshTokens } from '#auth/actions/refresh_tokens'
import { InvalidCredentials, NoActiveAccount, TokenNotValid } from '#auth/exceptions/auth_errors'
import { API_KEYS_TABLE } from '#auth/services/api_key_store'
import { ACCESS_TOKENS_TABLE } from '#auth/services/access_token_store'
import { REFRESH_TOKENS_TABLE } from '#auth/services/refresh_token_store'
import { TokenPairs } from '#auth/services/token_pairs'
import { BanUser } from '#users/actions/ban_user'
import { createUser, freshIdentityState, tokensFor } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import { rollBackOpen, settled, waitersBehind } from '#tests/support/lock_waits'

const postgres = process.env.DB_CONNECTION === 'pg'

/**
 * A ban in progress, as BanUser does it: the account locked for update and
 * banned, not committed yet (its listeners revoke what it owns afterwards).
 * Code that reads the account without locking it does not wait for this,
 * so `waitersBehind` fails first (the credential tables have no foreign key
 * to users that would make a write wait).
 */
async function banInProgress(uuid: string): Promise<TransactionClientContract> {
  const banning = await db.transaction()
  await banning.from('users').where('uuid', uuid).forUpdate()
  await banning.from('users').where('uuid', uuid).update({ banned: true })
  return banning
}

test.group('Credentials issued while the account is being banned', (group) => {
  freshIdentityState(group)

  test('a sign-in racing a ban waits for it, then is refused and leaves no tokens', async ({
    assert,
    cleanup,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const banning = await banInProgress(driver.uuid)
    cleanup(rollBackOpen(banning))

    const pairs = await app.container.make(TokenPairs)
    const issuing = settled(pairs.issue(driver.uuid))
    await waitersBehind(banning, 1)
    await banning.commit()

    assert.instanceOf(await issuing, InvalidCredentials)
    assert.lengthOf(await db.from(REFRESH_TOKENS_TABLE).where('user_uuid', driver.uuid), 0)
    assert.lengthOf(await db.from(ACCESS_TOKENS_TABLE).where('tokenable_id', driver.uuid), 0)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('a ban that comes while a pair is written waits for it, then revokes it', async ({
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const driver = await createUser({ type: 'DRIVER' })
    // A sign-in not committed yet: its pair written, the account held.
    const issuing = await db.transaction()
    cleanup(rollBackOpen(issuing))
    const pairs = await app.container.make(TokenPairs)
    await pairs.issue(driver.uuid, { trx: issuing })

    const ban = await app.container.make(BanUser)
    const banning = settled(ban.handle(driver.uuid))
    await waitersBehind(issuing, 1)
    await issuing.commit()
    assert.notInstanceOf(await banning, Error)
    await drainQueues()

    assert.lengthOf(await db.from(ACCESS_TOKENS_TABLE).where('tokenable_id', driver.uuid), 0)
    const live = await db
      .from(REFRESH_TOKENS_TABLE)
      .where('user_uuid', driver.uuid)
      .whereNull('revoked_at')
    assert.lengthOf(live, 0)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('a banned account gets no pair, with the refusal its sign-in gives', async ({ assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await db.from('users').where('uuid', driver.uuid).update({ banned: true })
    const pairs = await app.container.make(TokenPairs)

    await assert.rejects(() => pairs.issue(driver.uuid), InvalidCredentials)
    await assert.rejects(
      () => pairs.issue(driver.uuid, { refusal: () => new NoActiveAccount() }),
      NoActiveAccount
    )
    assert.lengthOf(await db.from(REFRESH_TOKENS_TABLE).where('user_uuid', driver.uuid), 0)
  })

  test('a refresh racing a ban waits for it, then is refused and its sign-in revoked', async ({
    assert,
    cleanup,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const { refresh } = await tokensFor(driver.uuid)
    const banning = await banInProgress(driver.uuid)
    cleanup(rollBackOpen(banning))

    const refreshTokens = await app.container.make(RefreshTokens)
    const refreshing = settled(refreshTokens.handle(refresh))
    await waitersBehind(banning, 1)
    await banning.commit()

    assert.instanceOf(await refreshing, TokenNotValid)
    const rows = await db.from(REFRESH_TOKENS_TABLE).where('user_uuid', driver.uuid)
    assert.lengthOf(rows, 1, 'no new pair')
    assert.isNotNull(rows[0].revoked_at)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('a key for an owner being banned waits for the ban, then is refused', async ({
    assert,
    cleanup,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const banning = await banInProgress(staff.uuid)
    cleanup(rollBackOpen(banning))

    const create = await app.container.make(CreateApiKey)
    const creating = settled(
      create.handle({
        name: 'Racing partner',
        ownerUuid: staff.uuid,
        scopes: ['shipping:read'],
        expiresAt: null,
      })
    )
    await waitersBehind(banning, 1)
    await banning.commit()

    const refused = await creating
    assert.instanceOf(refused, FieldError)
    assert.deepEqual((refused as FieldError).toEntries(), [
      { field: 'owner_uuid', message: OWNER_NOT_ACTIVE, code: 'invalid' },
    ])
    assert.lengthOf(await db.from(API_KEYS_TABLE).where('name', 'Racing partner'), 0)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('a refresh and a key for an active account still go through', async ({ assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { refresh } = await tokensFor(staff.uuid)
    const refreshTokens = await app.container.make(RefreshTokens)
    const pair = await refreshTokens.handle(refresh)
    assert.notEqual(pair.refresh, refresh)

    const create = await app.container.make(CreateApiKey)
    const created = await create.handle({
      name: 'Partner',
      ownerUuid: staff.uuid,
      scopes: ['shipping:read'],
      expiresAt: null,
    })
    assert.equal(created.name, 'Partner')
  })
})
