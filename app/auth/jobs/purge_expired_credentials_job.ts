import db from '@adonisjs/lucid/services/db'
import { Job } from '#core/queue/job'
import identityConfig from '#config/identity'
import { PHONE_CODES_TABLE } from '#auth/services/phone_codes'
import { ACCESS_TOKENS_TABLE } from '#auth/services/access_token_store'
import { REFRESH_TOKENS_TABLE } from '#auth/services/refresh_token_store'
import { iso } from '#auth/services/secrets'

/**
 * Hourly: deletes what can no longer matter. Phone codes once they are out
 * of the cooldown window (the cooldowns count them until then),
 * access tokens past expiry, refresh tokens past expiry. Idempotent.
 */
export default class PurgeExpiredCredentialsJob extends Job {
  static schedule = { every: 60 * 60 * 1000 }

  async handle() {
    const now = Date.now()
    const windowStart = new Date(now - identityConfig.phoneCodes.cooldownWindowSeconds * 1000)
    await db.from(PHONE_CODES_TABLE).where('created_at', '<', iso(windowStart)).delete()
    await db
      .from(ACCESS_TOKENS_TABLE)
      .where('expires_at', '<', iso(new Date(now)))
      .delete()
    await db
      .from(REFRESH_TOKENS_TABLE)
      .where('expires_at', '<', iso(new Date(now)))
      .delete()
  }
}
