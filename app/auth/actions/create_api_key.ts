import { inject } from '@adonisjs/core'
import { canSignIn, type ApiScope } from '#core/auth/principal'
import { transaction } from '#core/db/transaction'
import { FieldError } from '#core/exceptions/domain_error'
import { UserDirectory } from '#users/contracts/users'
import { ApiKeyStore } from '#auth/services/api_key_store'

export type NewApiKey = {
  name: string
  /** The person responsible for the key; their keys are revoked when they leave. */
  ownerUuid: string | null
  scopes: ApiScope[]
  expiresAt: Date | null
}

export const OWNER_NOT_ACTIVE = 'Choose a person whose account is active.'

/**
 * Issues a partner-system key. The secret is in the answer only (the store
 * keeps its hash): the console shows it once, `apikeys:create` prints it once.
 */
@inject()
export class CreateApiKey {
  constructor(
    private store: ApiKeyStore,
    private users: UserDirectory
  ) {}

  async handle(input: NewApiKey) {
    if (input.ownerUuid !== null) {
      const owner = await this.users.findByUuid(input.ownerUuid)
      if (!canSignIn(owner)) throw new FieldError('owner_uuid', OWNER_NOT_ACTIVE)
    }
    const created = await transaction((trx) => this.store.create(input, trx))
    return { ...created, name: input.name }
  }
}
