import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class ApiKeysRevoke extends BaseCommand {
  static commandName = 'apikeys:revoke'
  static description = 'Revoke an API key by its prefix (the part before the dot)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Key prefix' })
  declare prefix: string

  async run() {
    const { ApiKeyStore } = await import('#auth/services/api_key_store')
    const store = await this.app.container.make(ApiKeyStore)
    if (!(await store.revoke(this.prefix))) {
      this.logger.error(`No API key with prefix "${this.prefix}"`)
      this.exitCode = 1
      return
    }
    this.logger.success(`Revoked API key ${this.prefix}`)
  }
}
