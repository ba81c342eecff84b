import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { DomainError } from '#core/exceptions/domain_error'

/**
 * The reference admin's "Unregister user" and "Ban user" actions.
 */
export default class UsersDeactivate extends BaseCommand {
  static commandName = 'users:deactivate'
  static description =
    'Unregister a user (frees the phone number) or, with --ban, ban them for good'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'User uuid' })
  declare uuid: string

  @flags.boolean({ description: 'Ban: the phone number can never sign up again' })
  declare ban: boolean

  async run() {
    const { BanUser } = await import('#users/actions/ban_user')
    const { UnregisterUser } = await import('#users/actions/unregister_user')
    try {
      const action = await this.app.container.make(this.ban ? BanUser : UnregisterUser)
      await action.handle(this.uuid)
      this.logger.success(`${this.ban ? 'Banned' : 'Unregistered'} ${this.uuid}`)
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
