import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { PrincipalChanges } from '#core/auth/principal_changes'
import { UserDeactivated } from '#users/events/user_deactivated'
import { lockAccountForDeactivation } from '#users/services/deactivation'
import { OwnAccountRefused } from '#users/exceptions/people_errors'

/**
 * The person leaves: the account is disabled (not deleted, records that
 * refer to it stay meaningful) and its phone number is free for a new
 * sign-up. Running it twice is harmless. An administrator (`actorUuid`)
 * cannot deactivate their own account.
 */
@inject()
export class UnregisterUser {
  constructor(
    private outbox: Outbox,
    private principals: PrincipalChanges
  ) {}

  async handle(uuid: string, options: { actorUuid?: string } = {}) {
    if (options.actorUuid === uuid) throw new OwnAccountRefused('deactivate')
    await transaction(async (trx) => {
      const user = await lockAccountForDeactivation(trx, uuid, this.principals)
      if (!user.isActive) return
      user.scrubIdentity(DateTime.now())
      await user.save()
      await this.outbox.record(trx, new UserDeactivated({ userUuid: user.uuid }))
    })
  }
}
