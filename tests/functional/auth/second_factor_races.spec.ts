import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { transaction } from '#core/db/transaction'
import { SecondFactorStateConflict } from '#auth/exceptions/auth_errors'
import { StartSecondFactorEnrolment } from '#auth/actions/start_second_factor_enrolment'
import {
  RECOVERY_CODES_TABLE,
  SecondFactorStore,
  TOTP_SECRETS_TABLE,
} from '#auth/services/second_factor_store'
import { stepOfCode } from '#auth/services/totp'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { rollBackOpen, settled, waitersBehind } from '#tests/support/lock_waits'
import {
  awayFromStepEdge,
  codeFor,
  enrolSecondFactor,
  secretOf,
} from '#tests/support/second_factor'

const postgres = process.env.DB_CONNECTION === 'pg'

/**
 * A staff member with the second factor on, and a regeneration of their
 * recovery codes written but not committed (the caller rolls it back).
 */
async function regenerationInProgress(codes: string[]) {
  const staff = await createUser({ type: 'STAFF' })
  await enrolSecondFactor(staff)
  const store = await app.container.make(SecondFactorStore)
  const regenerating = await db.transaction()
  try {
    await store.replaceRecoveryCodes(regenerating, staff.uuid, codes)
  } catch (error) {
    await regenerating.rollback()
    throw error
  }
  return { staff, store, regenerating }
}

/**
 * Setting up an authenticator app when requests overlap: a double submit,
 * or a second tab starting over while the first confirms.
 */
test.group('Second factor set-up under concurrency', (group) => {
  freshIdentityState(group)

  test('set-ups at once all succeed and leave one pending secret', async ({ assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const start = await app.container.make(StartSecondFactorEnrolment)

    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => start.handle(staff)))

    assert.deepEqual(
      outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'ok')),
      Array(8).fill('ok')
    )
    const rows = await db.from(TOTP_SECRETS_TABLE).where('user_uuid', staff.uuid)
    assert.lengthOf(rows, 1)
    assert.isNull(rows[0].confirmed_at)
  })

  test('a set-up over a confirmed factor is a 409 and changes nothing', async ({ assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { secret } = await enrolSecondFactor(staff)
    const start = await app.container.make(StartSecondFactorEnrolment)

    await assert.rejects(() => start.handle(staff), SecondFactorStateConflict)
    assert.equal(await secretOf(staff.uuid), secret)
    const [row] = await db.from(TOTP_SECRETS_TABLE).where('user_uuid', staff.uuid)
    assert.isNotNull(row.confirmed_at)
  })

  test('a code checked against a secret a new set-up replaced does not turn the new one on', async ({
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const start = await app.container.make(StartSecondFactorEnrolment)
    const store = await app.container.make(SecondFactorStore)
    await awayFromStepEdge()
    await start.handle(staff)
    const checked = (await store.find(staff.uuid))!
    const step = stepOfCode(checked.secret, codeFor(checked.secret))!

    // Another tab starts over between the code's check and the confirming write.
    await start.handle(staff)
    const confirmed = await transaction((trx) =>
      store.spendStep(trx, staff.uuid, step, { confirming: checked })
    )

    assert.isFalse(confirmed)
    const factor = (await store.find(staff.uuid))!
    assert.isNull(factor.confirmedAt)
    assert.notEqual(factor.secret, checked.secret)
  })

  test('two replacements of the recovery codes at once leave one set', async ({
    assert,
    cleanup,
  }) => {
    const set = (name: string) => Array.from({ length: 10 }, (_, index) => `${name}-${index}`)
    const { staff, store, regenerating: first } = await regenerationInProgress(set('first'))
    const second = await db.transaction()
    cleanup(rollBackOpen(first, second))

    const replacing = settled(store.replaceRecoveryCodes(second, staff.uuid, set('second')))
    await waitersBehind(first, 1)
    await first.commit()
    assert.notInstanceOf(await replacing, Error)
    await second.commit()

    const codes = await db.from(RECOVERY_CODES_TABLE).where('user_uuid', staff.uuid)
    assert.sameMembers(
      codes.map((code) => code.code_hash),
      set('second')
    )
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('turning the factor off during a regeneration leaves no codes behind', async ({
    assert,
    cleanup,
  }) => {
    const { staff, store, regenerating } = await regenerationInProgress(['new-0', 'new-1'])
    cleanup(rollBackOpen(regenerating))

    // Turning off takes the factor's row first, as the regeneration did: it
    // waits, then deletes the codes the regeneration wrote.
    const turningOff = settled(store.deleteAll(staff.uuid))
    await waitersBehind(regenerating, 1)
    await regenerating.commit()
    assert.notInstanceOf(await turningOff, Error)

    assert.deepEqual(await db.from(RECOVERY_CODES_TABLE).where('user_uuid', staff.uuid), [])
    assert.deepEqual(await db.from(TOTP_SECRETS_TABLE).where('user_uuid', staff.uuid), [])
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')
})
