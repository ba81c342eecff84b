import type { ApplicationService } from '@adonisjs/core/types'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { apiDocsRegistry } from '#core/openapi/api_docs_registry'

/**
 * Binds the users module's contracts to their implementations.
 */
export default class UsersProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    apiDocsRegistry.register(() => import('#users/api_docs'))
    this.app.container.singleton(UserDirectory, async () => {
      const { LucidUserDirectory } = await import('#users/queries/lucid_user_directory')
      return new LucidUserDirectory()
    })
    this.app.container.singleton(UserAccounts, async (resolver) => {
      const { UserAccountsService } = await import('#users/services/user_accounts_service')
      return resolver.make(UserAccountsService)
    })
  }
}
