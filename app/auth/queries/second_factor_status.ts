import { inject } from '@adonisjs/core'
import type { AuthenticatedUser } from '#core/auth/principal'
import { DISABLE_REFUSED, secondFactorRequiredFor } from '#auth/services/second_factor_codes'
import { SecondFactorStore } from '#auth/services/second_factor_store'
import { otpauthUri } from '#auth/services/totp'

export type SecondFactorStatus = {
  enabled: boolean
  enabledAt: Date | null
  /** Unused recovery codes (0 while off). */
  recoveryCodesLeft: number
  /** Administrators under `STAFF_MFA=required`. */
  required: boolean
  /** A set-up waiting for its first code: the secret to show, as text and as a URI. */
  pending: { secret: string; uri: string } | null
  /** Why it may not be turned off, when it may not. */
  disableRefused: string | null
}

/** Where a user's second factor stands, for their security settings. */
@inject()
export class SecondFactorStatusQuery {
  constructor(private store: SecondFactorStore) {}

  async handle(user: AuthenticatedUser): Promise<SecondFactorStatus> {
    const factor = await this.store.find(user.uuid)
    const enabled = Boolean(factor?.confirmedAt)
    const required = secondFactorRequiredFor(user)
    return {
      enabled,
      enabledAt: factor?.confirmedAt ?? null,
      recoveryCodesLeft: enabled ? await this.store.unusedRecoveryCodes(user.uuid) : 0,
      required,
      pending:
        factor && !enabled
          ? { secret: factor.secret, uri: otpauthUri(factor.secret, user.username) }
          : null,
      disableRefused: required ? DISABLE_REFUSED : null,
    }
  }
}
