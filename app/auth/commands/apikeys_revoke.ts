import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { NotFoundError } from '#core/exceptions/domain_error'

export default class ApiKeysRevoke extends BaseCommand {
  static commandName = 'apikeys:revoke'
  static description = 'Revoke an API key by its prefix (the part before the dot)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Key prefix' })
  declare prefix: string

  async run() {
    const { RevokeApiKey } = await import('#auth/actions/revoke_api_key')
    const revoke = await this.app.container.make(RevokeApiKey)
    try {
      await revoke.handle(this.prefix)
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error
      this.logger.error(`No API key with prefix "${this.prefix}"`)
      this.exitCode = 1
      return
    }
    this.logger.success(`Revoked API key ${this.prefix}`)
  }
}
