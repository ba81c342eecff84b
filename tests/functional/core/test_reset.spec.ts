import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import testUtils from '@adonisjs/core/services/test_utils'
import db from '@adonisjs/lucid/services/db'
import { INBOX_TABLE } from '#core/events/inbox'
import { ACCESS_TOKENS_TABLE } from '#auth/services/access_token_store'
import { createUser, freshIdentityState, tokensFor } from '#tests/support/identity'
import { rollBackOpen, settled, untilNoDeadlock, waitersBehind } from '#tests/support/lock_waits'

const postgres = process.env.DB_CONNECTION === 'pg'

/**
 * The reset after each test (`freshIdentityState`) while something the test
 * set off is still writing: a worker's listener, a built server.
 */
test.group('The reset between tests', (group) => {
  freshIdentityState(group)

  test('a truncate PostgreSQL aborts to break a deadlock with a listener goes through on a retry', async ({
    assert,
    cleanup,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await tokensFor(driver.uuid)
    const truncate = await testUtils.db().truncate()

    // A listener as the credential revocation runs it: the inbox claim, then
    // the tokens. The truncate locks the tokens, then waits for the inbox …
    const listener = await db.transaction()
    cleanup(rollBackOpen(listener))
    await listener
      .table(INBOX_TABLE)
      .insert({ event_id: randomUUID(), listener: 'ResetProbe', processed_at: new Date() })
    const truncating = settled(untilNoDeadlock(truncate))
    await waitersBehind(listener, 1)
    // … and the listener's next write waits for the truncate: a lock cycle.
    await listener
      .from(ACCESS_TOKENS_TABLE)
      .where('tokenable_id', driver.uuid)
      .update({ name: 'x' })
    await listener.commit()

    assert.notInstanceOf(await truncating, Error)
    assert.lengthOf(await db.from('users'), 0)
    assert.lengthOf(await db.from(INBOX_TABLE), 0)
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')
})
