import { inject } from '@adonisjs/core'
import { Job } from '#core/queue/job'
import type { QueueName } from '#core/queue/types'
import { SmsSender, type SmsMessage } from '#auth/contracts/sms_sender'

/**
 * Delivers one SMS. The payload holds a one-time code, so the job is
 * removed from Redis as soon as it completes, and soon after it fails.
 */
@inject()
export default class SendSmsJob extends Job<SmsMessage> {
  static queue: QueueName = 'notifications'
  static options = {
    attempts: 3,
    removeOnComplete: true,
    removeOnFail: { age: 15 * 60 },
  }

  constructor(private sender: SmsSender) {
    super()
  }

  async handle(message: SmsMessage) {
    await this.sender.send(message)
  }
}
