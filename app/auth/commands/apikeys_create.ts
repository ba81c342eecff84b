import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { API_SCOPES } from '#core/auth/principal'
import { DomainError } from '#core/exceptions/domain_error'

export default class ApiKeysCreate extends BaseCommand {
  static commandName = 'apikeys:create'
  static description = 'Create an API key for a partner system; the key is printed once'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'What the key is for', required: true })
  declare name: string

  @flags.array({ description: `Scopes (${API_SCOPES.join(', ')})`, required: true })
  declare scopes: string[]

  @flags.string({ description: 'Uuid of the staff member responsible for the key' })
  declare owner?: string

  @flags.number({ description: 'Expire after this many days (default: never)' })
  declare expiresInDays?: number

  async run() {
    const { isApiScope } = await import('#auth/services/api_key_store')
    const { CreateApiKey } = await import('#auth/actions/create_api_key')
    const scopes = this.scopes.flatMap((scope) => scope.split(',')).map((scope) => scope.trim())
    const unknown = scopes.filter((scope) => !isApiScope(scope))
    if (unknown.length > 0 || scopes.length === 0) {
      this.logger.error(`Unknown scope(s): ${unknown.join(', ')}. Known: ${API_SCOPES.join(', ')}`)
      this.exitCode = 1
      return
    }
    const create = await this.app.container.make(CreateApiKey)
    let created
    try {
      created = await create.handle({
        name: this.name,
        ownerUuid: this.owner ?? null,
        scopes: scopes.filter(isApiScope),
        expiresAt: this.expiresInDays
          ? new Date(Date.now() + this.expiresInDays * 86_400_000)
          : null,
      })
    } catch (error) {
      if (!(error instanceof DomainError)) throw error
      this.logger.error(error.toEntries()[0].message)
      this.exitCode = 1
      return
    }
    this.logger.success(`API key "${this.name}" created (prefix ${created.prefix})`)
    this.logger.log(
      'Send it as `Authorization: Api-Key <key>`. It is not stored and is shown only now:'
    )
    this.logger.log(created.key)
  }
}
