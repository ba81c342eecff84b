import { DomainError } from '#core/exceptions/domain_error'

/**
 * An administrator may not deactivate or ban their own account: the console
 * would lock its last administrator out with one click.
 */
export class OwnAccountRefused extends DomainError {
  static status = 409
  static code = 'own_account'

  constructor(what: 'deactivate' | 'ban') {
    super(`You cannot ${what} your own account.`)
  }
}
