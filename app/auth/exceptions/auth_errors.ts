import {
  AuthenticationError,
  DomainError,
  FieldError,
  throttledMessage,
} from '#core/exceptions/domain_error'

export class InvalidCredentials extends DomainError {
  static status = 400
  static code = 'invalid_credentials'
  static message = 'Unable to log in with provided credentials.'
}

export class TokenNotValid extends AuthenticationError {
  constructor() {
    super('Token is invalid or expired', 'token_not_valid')
  }
}

export class NoActiveAccount extends AuthenticationError {
  constructor() {
    super('No active account has this phone number.', 'authentication_failed')
  }
}

export class PhonenumberUnknown extends FieldError {
  constructor() {
    super('phonenumber', 'phonenumber does not exists.')
  }
}

export class PhonenumberPermanentlyBanned extends FieldError {
  constructor() {
    super('phonenumber', 'This number is permanently banned.')
  }
}

/**
 * Phone-code sign-in is for drivers; staff sign in with username and
 * password. Said without naming the kind of account the number belongs to.
 */
export class CodeSignInNotAvailable extends FieldError {
  constructor() {
    super('phonenumber', 'This number cannot sign in with a code.')
  }
}

export class CodeNotSent extends FieldError {
  constructor() {
    super('phonenumber', 'phonenumber verification has not been sent.')
  }
}

export class CodeExpired extends DomainError {
  static status = 400
  static code = 'expired'
  static message = 'phonenumber check expired.'
}

export class InvalidCode extends FieldError {
  constructor(remainingAttempts: number) {
    super(
      'token',
      remainingAttempts > 0
        ? `Invalid Token. ${remainingAttempts} attempt(s) left for this code.`
        : 'Invalid Token. No attempts left: request a new code.',
      'invalid_token'
    )
  }
}

export class CodeLocked extends FieldError {
  constructor() {
    super('token', 'Too many wrong codes. Request a new code.', 'code_locked')
  }
}

export class InvalidSignupToken extends FieldError {
  constructor() {
    super(
      'signup_token',
      'Verify the phone number first: this sign-up token is unknown, used or expired.'
    )
  }
}

export class StaffSignupRefused extends FieldError {
  constructor() {
    super(
      'user_type',
      'Staff accounts are created by an administrator, not by sign-up.',
      'invalid_choice'
    )
  }
}

/**
 * A per-number or per-account limit: the number's code cooldown, or too many
 * failed passwords for one account (the per-address limits answer the same).
 */
export class Throttled extends DomainError {
  static status = 429
  static code = 'throttled'

  constructor(retryAfterSeconds: number) {
    super(throttledMessage(retryAfterSeconds), {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    })
  }
}

export class SmsCountryNotAllowed extends FieldError {
  constructor() {
    super('phonenumber', 'Codes cannot be sent to this country.')
  }
}

/**
 * API sign-in of an account with a second factor, without `otp` (401): the
 * password was right; the code (or a recovery code) completes it.
 */
export class SecondFactorRequired extends AuthenticationError {
  constructor() {
    super(
      'This account signs in with a second factor: send the authenticator code (or a recovery code) as otp.',
      'mfa_required'
    )
  }
}

/** A wrong, used or replayed authenticator or recovery code (401). */
export class SecondFactorInvalid extends AuthenticationError {
  constructor() {
    super('That code is not valid, or it was already used.', 'mfa_invalid')
  }
}

/**
 * `STAFF_MFA=required`: an administrator without a second factor may only
 * set one up (in the console, at /auth/two-factor).
 */
export class SecondFactorEnrolmentRequired extends DomainError {
  static status = 403
  static code = 'mfa_enrolment_required'
  static message =
    'Administrators must set up two-factor sign-in first: open /auth/two-factor in the console.'
}

/** Turning the second factor on twice, or confirming when no set-up was started. */
export class SecondFactorStateConflict extends DomainError {
  static status = 409
  static code = 'conflict'
}

/** The account password, asked again before the second factor is turned off. */
export class WrongPassword extends FieldError {
  constructor() {
    super('password', 'The password is not right.')
  }
}
