import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class SmsOutbox extends BaseCommand {
  static commandName = 'sms:outbox'
  static description =
    'Show the last SMS the log driver kept (development: read sign-in codes here)'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { SmsSender } = await import('#auth/contracts/sms_sender')
    const { LogSmsSender } = await import('#auth/services/log_sms_sender')
    const sender = await this.app.container.make(SmsSender)
    if (!(sender instanceof LogSmsSender)) {
      this.logger.error('SMS_DRIVER is not "log": messages go to the provider, nothing is kept')
      this.exitCode = 1
      return
    }
    const messages = await sender.recent()
    if (messages.length === 0)
      this.logger.info('No messages (the worker sends them: node ace queue:work)')
    for (const message of messages) this.logger.log(`${message.at}  ${message.to}  ${message.text}`)
  }
}
