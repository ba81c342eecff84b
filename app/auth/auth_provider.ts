import type { ApplicationService } from '@adonisjs/core/types'
import type { IdentityConfig } from '#config/identity'
import { SmsSender } from '#auth/contracts/sms_sender'
import { AccessTokenStore } from '#auth/services/access_token_store'
import { RefreshTokenStore } from '#auth/services/refresh_token_store'
import { ApiKeyStore } from '#auth/services/api_key_store'
import { CredentialCache } from '#auth/services/credential_cache'
import { PrincipalChanges } from '#core/auth/principal_changes'
import { apiDocsRegistry } from '#core/openapi/api_docs_registry'

/**
 * Binds the auth module's services and picks the SMS driver.
 */
export default class AuthModuleProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    apiDocsRegistry.register(() => import('#auth/api_docs'))
    const container = this.app.container
    container.singleton(CredentialCache, async (resolver) => {
      const config = this.app.config.get<IdentityConfig>('identity')
      return new CredentialCache(await resolver.make(PrincipalChanges), config.credentialCache)
    })
    container.singleton(
      AccessTokenStore,
      async (resolver) =>
        new AccessTokenStore(
          await resolver.make(PrincipalChanges),
          await resolver.make(CredentialCache)
        )
    )
    container.singleton(RefreshTokenStore, () => new RefreshTokenStore())
    container.singleton(
      ApiKeyStore,
      async (resolver) => new ApiKeyStore(await resolver.make(CredentialCache))
    )

    container.singleton(SmsSender, async (resolver) => {
      const config = this.app.config.get<IdentityConfig>('identity')
      const logger = await resolver.make('logger')
      if (config.sms.driver === 'http') {
        const { HttpSmsSender } = await import('#auth/services/http_sms_sender')
        if (!config.sms.http.url) throw new Error('SMS_DRIVER=http needs SMS_HTTP_URL')
        return new HttpSmsSender(config.sms.http.url, config.sms.http.token?.release())
      }
      const { LogSmsSender } = await import('#auth/services/log_sms_sender')
      const redis = await resolver.make('redis')
      const prefix = this.app.config.get<string>('queue.prefix')
      return new LogSmsSender(
        redis.connection(),
        `${prefix}:sms:outbox`,
        !this.app.inProduction,
        logger
      )
    })
  }

  /** Web processes hear credential changes from the start (ADR 0020). */
  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    const cache = await this.app.container.make(CredentialCache)
    void cache.start()
  }
}
