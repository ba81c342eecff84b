import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import identityConfig from '#config/identity'
import { UserAccounts, UserDirectory, type UserType } from '#users/contracts/users'
import { InvalidSignupToken, StaffSignupRefused } from '#auth/exceptions/auth_errors'
import { PHONE_CODES_TABLE } from '#auth/services/phone_codes'
import { iso, sha256 } from '#auth/services/secrets'
import { TokenPairs } from '#auth/services/token_pairs'

export type SignUpInput = {
  phonenumber: string
  user_type: UserType
  signup_token: string
  fullname?: string
  dob?: string | null
}

/**
 * Creates a driver account for a phone number its owner has just verified
 * (the ticket from `signup/token_confirm/`), in one transaction with
 * spending the ticket, and signs it in. Staff accounts are created by an
 * administrator, never by self sign-up.
 */
@inject()
export class SignUp {
  constructor(
    private accounts: UserAccounts,
    private directory: UserDirectory,
    private tokens: TokenPairs
  ) {}

  async handle(input: SignUpInput) {
    if (input.user_type !== 'DRIVER') throw new StaffSignupRefused()

    const { user, pair } = await transaction(async (trx) => {
      const oldestValid = new Date(
        Date.now() - identityConfig.phoneCodes.signupTicketTtlSeconds * 1000
      )
      const ticket = await trx
        .from(PHONE_CODES_TABLE)
        .where({
          phonenumber: input.phonenumber,
          purpose: 'signup',
          ticket_hash: sha256(input.signup_token),
        })
        .whereNull('ticket_used_at')
        .where('confirmed_at', '>', iso(oldestValid))
        .forUpdate()
        .first()
      if (!ticket) throw new InvalidSignupToken()
      await trx
        .from(PHONE_CODES_TABLE)
        .where('id', ticket.id)
        .update({ ticket_used_at: iso(new Date()) })

      const created = await this.accounts.register(
        {
          type: input.user_type,
          username: input.phonenumber,
          phonenumber: input.phonenumber,
          fullname: input.fullname ?? '',
          dob: input.dob ?? null,
        },
        { trx }
      )
      return { user: created, pair: await this.tokens.issue(created.uuid, { trx }) }
    })

    const profile = await this.directory.profile(user.uuid)
    return { uuid: user.uuid, user_profile: profile, ...pair }
  }
}
