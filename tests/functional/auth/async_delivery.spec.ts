import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { SmsSender } from '#auth/contracts/sms_sender'
import { LogSmsSender } from '#auth/services/log_sms_sender'
import { BanUser } from '#users/actions/ban_user'
import { createUser, freshIdentityState, tokensFor } from '#tests/support/identity'
import { drainQueues, startWorker, waitFor } from '#tests/support/queue'

test.group('Identity work done by the queue worker', (group) => {
  freshIdentityState(group)

  test('the SMS job delivers the code through the log driver (node ace sms:outbox)', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['notifications'])
    cleanup(() => worker.close())
    const driver = await createUser({ type: 'DRIVER' })
    await client
      .post('/api/v1/auth/signin/token_request/')
      .json({ phonenumber: driver.phonenumber })

    const sender = await app.container.make(SmsSender)
    assert.instanceOf(sender, LogSmsSender)
    let text = ''
    await waitFor(async () => {
      const messages = await (sender as LogSmsSender).recent()
      text = messages.find((message) => message.to === driver.phonenumber)?.text ?? ''
      return text !== ''
    })
    assert.match(text, /Your Waybill code is \d{6}\./)
  })

  test('banning a user revokes every token they hold (UserBanned listener)', async ({
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const driver = await createUser({ type: 'DRIVER' })
    await tokensFor(driver.uuid)
    await tokensFor(driver.uuid)

    const ban = await app.container.make(BanUser)
    await ban.handle(driver.uuid)
    await drainQueues()

    const access = await db.from('auth_access_tokens').where('tokenable_id', driver.uuid)
    const live = await db
      .from('auth_refresh_tokens')
      .where('user_uuid', driver.uuid)
      .whereNull('revoked_at')
    assert.lengthOf(access, 0)
    assert.lengthOf(live, 0)
  })
})
