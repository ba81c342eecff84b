import app from '@adonisjs/core/services/app'
import { Secret, TOTP } from 'otpauth'
import type { AuthenticatedUser } from '#core/auth/principal'
import { StartSecondFactorEnrolment } from '#auth/actions/start_second_factor_enrolment'
import { ConfirmSecondFactorEnrolment } from '#auth/actions/confirm_second_factor_enrolment'
import { SecondFactorStore } from '#auth/services/second_factor_store'

const PERIOD_MS = 30_000

/**
 * The code an authenticator app shows for `secret` (as the page shows it,
 * spaces allowed), `steps` 30-second steps from now: computed with the same
 * library as the server, from the secret alone.
 */
export function codeFor(secret: string, steps = 0) {
  return TOTP.generate({
    secret: Secret.fromBase32(secret.replace(/\s/g, '')),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: Date.now() + steps * PERIOD_MS,
  })
}

/** A 6-digit code that is none of the codes the server would accept now. */
export function wrongCodeFor(secret: string) {
  const valid = new Set([-1, 0, 1].map((steps) => codeFor(secret, steps)))
  for (let candidate = 0; ; candidate++) {
    const code = String(candidate).padStart(6, '0')
    if (!valid.has(code)) return code
  }
}

/**
 * Waits, when needed, until the current step has at least 5 s left: a test
 * reckoning in steps (this one, the next) must not straddle a boundary.
 */
export async function awayFromStepEdge() {
  const left = PERIOD_MS - (Date.now() % PERIOD_MS)
  if (left < 5_000) await new Promise((resolve) => setTimeout(resolve, left + 50))
}

/** The secret the user's (pending or confirmed) factor holds, as the server keeps it. */
export async function secretOf(uuid: string) {
  const store = await app.container.make(SecondFactorStore)
  const factor = await store.find(uuid)
  if (!factor) throw new Error(`no second factor for ${uuid}`)
  return factor.secret
}

/**
 * Turns the second factor on as the settings page would, confirming with
 * the previous step's code: the current and next steps stay unused for the
 * test. Answers the secret and the recovery codes.
 */
export async function enrolSecondFactor(user: AuthenticatedUser) {
  await awayFromStepEdge()
  const start = await app.container.make(StartSecondFactorEnrolment)
  await start.handle(user)
  const secret = await secretOf(user.uuid)
  const confirm = await app.container.make(ConfirmSecondFactorEnrolment)
  const recoveryCodes = await confirm.handle(user, codeFor(secret, -1))
  return { secret, recoveryCodes }
}
