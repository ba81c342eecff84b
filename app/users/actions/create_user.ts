import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import hash from '@adonisjs/core/services/hash'
import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { saveUnique } from '#core/db/savepoint'
import User from '#users/models/user'
import UserProfile from '#users/models/user_profile'
import { UserSignedUp } from '#users/events/user_signed_up'
import { bannedPhoneHash } from '#users/queries/lucid_user_directory'
import { PhonenumberBanned, PhonenumberTaken, UsernameTaken } from '#users/contracts/account_errors'
import type { NewAccount } from '#users/contracts/users'

/**
 * Creates an account and its profile, and publishes `UserSignedUp`. Used
 * by API sign-up, `node ace users:create` and the demo seeder alike.
 */
@inject()
export class CreateUser {
  constructor(private outbox: Outbox) {}

  async handle(account: NewAccount, options: { trx?: TransactionClientContract } = {}) {
    if (options.trx) return this.#create(account, options.trx)
    return transaction((trx) => this.#create(account, trx))
  }

  async #create(account: NewAccount, trx: TransactionClientContract) {
    const phonenumber = account.phonenumber ?? null
    if (phonenumber) {
      // Checked before the insert too: a driver's username is their number, and
      // the username's constraint would otherwise answer first, about the wrong field.
      const holder = await User.query({ client: trx }).where('phonenumber', phonenumber).first()
      if (holder) throw new PhonenumberTaken()
      // After the holder: a ban takes the number from its holder and bans it in
      // one commit, so one that lands between the two reads is seen here (the
      // other order let a number banned in between sign up again).
      const banned = await User.query({ client: trx })
        .where('banned_phone_hash', bannedPhoneHash(phonenumber))
        .first()
      if (banned) throw new PhonenumberBanned()
    }

    const user = new User().useTransaction(trx)
    user.merge({
      uuid: randomUUID(),
      username: account.username,
      phonenumber,
      email: account.email ?? null,
      password: account.password ? await hash.make(account.password) : null,
      type: account.type,
      isAdmin: account.isAdmin ?? false,
      isActive: true,
      banned: false,
    })

    await saveUnique(user, trx, {
      username: () => new UsernameTaken(),
      phonenumber: () => new PhonenumberTaken(),
    })

    await UserProfile.create(
      {
        userId: user.id,
        fullname: account.fullname ?? '',
        dob: account.type === 'DRIVER' && account.dob ? DateTime.fromISO(account.dob) : null,
      },
      { client: trx }
    )
    await this.outbox.record(trx, new UserSignedUp({ userUuid: user.uuid, type: user.type }))
    return user.toAuthenticatedUser()
  }
}
