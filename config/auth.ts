import { configProvider } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/auth'
import { sessionGuard } from '@adonisjs/auth/session'
import { tokensGuard } from '@adonisjs/auth/access_tokens'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'

/**
 * `web`: browser sessions (staff console, driver app). `api`: opaque access
 * tokens for mobile clients. Both load the user through the users module's
 * contract (app/auth/services/principal_user_provider.ts). API keys are
 * checked by the auth module's own middleware.
 */
const userProvider = configProvider.create(async (app) => {
  const { PrincipalUserProvider } = await import('#auth/services/principal_user_provider')
  return app.container.make(PrincipalUserProvider)
})

const authConfig = defineConfig({
  default: 'web',
  guards: {
    web: sessionGuard({ useRememberMeTokens: false, provider: userProvider }),
    api: tokensGuard({ provider: userProvider }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}
