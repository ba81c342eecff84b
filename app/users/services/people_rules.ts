import { OwnAccountRefused } from '#users/exceptions/people_errors'

type Account = { uuid: string; isActive: boolean; banned: boolean }

/**
 * Why an account cannot be deactivated or banned by `actorUuid` right now,
 * or null: the one place the rule lives, read by the actions (which refuse)
 * and by the console (which disables the button and shows the reason).
 */
export function deactivateBlockedBecause(account: Account, actorUuid: string | null) {
  if (account.uuid === actorUuid) return new OwnAccountRefused('deactivate').message
  if (account.banned) return 'This account is banned.'
  if (!account.isActive) return 'This account is already deactivated.'
  return null
}

export function banBlockedBecause(account: Account, actorUuid: string | null) {
  if (account.uuid === actorUuid) return new OwnAccountRefused('ban').message
  if (account.banned) return 'This account is already banned.'
  return null
}
