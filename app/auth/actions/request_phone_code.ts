import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { lockKey } from '#core/db/locks'
import { transaction } from '#core/db/transaction'
import { QueueManager } from '#core/queue/queue_manager'
import identityConfig from '#config/identity'
import { UserDirectory } from '#users/contracts/users'
import { PhonenumberBanned, PhonenumberTaken } from '#users/contracts/account_errors'
import {
  CodeSignInNotAvailable,
  PhonenumberPermanentlyBanned,
  PhonenumberUnknown,
  SmsCountryNotAllowed,
  Throttled,
} from '#auth/exceptions/auth_errors'
import {
  PHONE_CODES_TABLE,
  canSignInWithCode,
  cooldownLeft,
  hashCode,
  isBypassNumber,
  smsMayGoTo,
  type CodePurpose,
} from '#auth/services/phone_codes'
import { iso, randomDigits } from '#auth/services/secrets'
import SendSmsJob from '#auth/jobs/send_sms_job'

/**
 * Sends a fresh one-time code to a phone (sign-in: the number must belong
 * to a driver's account, staff sign in with a password; sign-up: the number
 * must have no account), in an allowed country. The new code replaces any
 * open one. Each further code for a number waits a longer cooldown (30 s up
 * to 15 minutes; 429 with Retry-After); requests for one number are
 * serialised so the cooldown holds under concurrency. The SMS goes out from
 * a queued job after commit.
 */
@inject()
export class RequestPhoneCode {
  constructor(
    private directory: UserDirectory,
    private queues: QueueManager
  ) {}

  async handle(phonenumber: string, purpose: CodePurpose) {
    const config = identityConfig.phoneCodes
    const bypass = isBypassNumber(phonenumber)
    if (!bypass && !smsMayGoTo(phonenumber)) throw new SmsCountryNotAllowed()
    await this.#checkAccount(phonenumber, purpose)
    const code = bypass ? identityConfig.bypass!.code : randomDigits(config.digits)

    const result = await transaction(async (trx) => {
      await lockKey(trx, `auth:phone:${phonenumber}`)
      const now = Date.now()

      if (!bypass) {
        const wait = await cooldownLeft(trx, phonenumber, now)
        if (wait > 0) throw new Throttled(wait)
      }

      await trx
        .from(PHONE_CODES_TABLE)
        .where({ phonenumber, purpose })
        .whereNull('closed_at')
        .update({ closed_at: iso(new Date(now)) })

      const expiresAt = new Date(now + config.ttlSeconds * 1000)
      await trx
        .insertQuery()
        .table(PHONE_CODES_TABLE)
        .insert({
          id: randomUUID(),
          phonenumber,
          purpose,
          code_hash: hashCode({ phonenumber, purpose }, code),
          failed_attempts: 0,
          created_at: iso(new Date(now)),
          expires_at: iso(expiresAt),
          closed_at: null,
          confirmed_at: null,
        })

      return { timestamp_expires: expiresAt.toISOString() }
    })

    // After commit: a code the database never kept is never sent.
    if (!bypass) {
      await this.queues.dispatch(SendSmsJob, {
        to: phonenumber,
        text: `Your Waybill code is ${code}. It expires in ${config.ttlSeconds / 60} minutes.`,
      })
    }
    return result
  }

  async #checkAccount(phonenumber: string, purpose: CodePurpose) {
    const banned = await this.directory.isPhonenumberBanned(phonenumber)
    const account = await this.directory.findByPhonenumber(phonenumber)
    if (purpose === 'signin') {
      if (banned && !account) throw new PhonenumberPermanentlyBanned()
      if (!account) throw new PhonenumberUnknown()
      if (!canSignInWithCode(account)) throw new CodeSignInNotAvailable()
    } else {
      if (banned) throw new PhonenumberBanned()
      if (account) throw new PhonenumberTaken()
    }
  }
}
