import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { PrincipalChanges } from '#core/auth/principal_changes'
import { UserBanned } from '#users/events/user_banned'
import { lockAccountForDeactivation } from '#users/services/deactivation'
import { bannedPhoneHash } from '#users/queries/lucid_user_directory'
import { OwnAccountRefused } from '#users/exceptions/people_errors'

/**
 * The account is disabled for good and its phone number (kept only as a
 * hash) can never sign up again. Banning a banned account changes nothing.
 * An administrator (`actorUuid`) cannot ban their own account.
 */
@inject()
export class BanUser {
  constructor(
    private outbox: Outbox,
    private principals: PrincipalChanges
  ) {}

  async handle(uuid: string, options: { actorUuid?: string } = {}) {
    if (options.actorUuid === uuid) throw new OwnAccountRefused('ban')
    await transaction(async (trx) => {
      const user = await lockAccountForDeactivation(trx, uuid, this.principals)
      if (user.banned) return
      const phonenumber = user.phonenumber
      user.scrubIdentity(user.dateUnregistered ?? DateTime.now())
      user.merge({
        banned: true,
        bannedPhoneHash: phonenumber ? bannedPhoneHash(phonenumber) : user.bannedPhoneHash,
      })
      await user.save()
      await this.outbox.record(trx, new UserBanned({ userUuid: user.uuid }))
    })
  }
}
