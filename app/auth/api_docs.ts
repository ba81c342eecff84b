import { defineApiDocs, type ApiOperation } from '#core/openapi/api_docs'
import { schema } from '#core/openapi/schema'
import { API_SCOPES } from '#core/auth/principal'
import { PhonenumberBanned, PhonenumberTaken } from '#users/contracts/account_errors'
import {
  CodeExpired,
  CodeLocked,
  CodeNotSent,
  CodeSignInNotAvailable,
  InvalidCode,
  InvalidCredentials,
  InvalidSignupToken,
  NoActiveAccount,
  PhonenumberPermanentlyBanned,
  PhonenumberUnknown,
  SecondFactorEnrolmentRequired,
  SecondFactorInvalid,
  SecondFactorRequired,
  SmsCountryNotAllowed,
  StaffSignupRefused,
  TokenNotValid,
  Throttled,
} from '#auth/exceptions/auth_errors'
import {
  apiSignInValidator,
  phoneCodeValidator,
  phonenumberValidator,
  refreshValidator,
  signOutValidator,
  signUpValidator,
  verifyTokenValidator,
} from '#auth/validators/auth_validators'

const tokenPair = schema.ref('TokenPair')
const phonenumber = schema.object({ phonenumber: schema.string() })
const codeSent = schema.object({
  timestamp_expires: schema.dateTime(),
})
/** The login and code routes are throttled per address (429 `throttled`). */
const throttled = { 429: ['throttled'] }

const codeRequest = (summary: string, errors: ApiOperation['errors']): ApiOperation => ({
  summary,
  description:
    'Sends a 6-digit code by SMS (to the countries in `SMS_ALLOWED_COUNTRIES`). Each further ' +
    'code for a number waits longer, 30 s up to 15 minutes (429 with `Retry-After`).',
  access: 'public',
  body: phonenumberValidator,
  responses: { 200: codeSent },
  errors: [...(errors ?? []), SmsCountryNotAllowed, new Throttled(30)],
  errorCodes: throttled,
})

const codeErrors = [CodeNotSent, CodeExpired, new InvalidCode(4), CodeLocked]

export default defineApiDocs({
  tag: {
    name: 'auth',
    description: 'Sign-in (password or phone code), tokens, sign-up and API keys.',
  },
  schemas: {
    TokenPair: schema.object({
      access: schema.string({
        description: 'Access token (`oat_…`), for `Authorization: Bearer`.',
      }),
      refresh: schema.string({
        description: 'Refresh token (`ort_…`), spent by `/api/v1/auth/token/refresh/`.',
      }),
    }),
  },
  operations: {
    'api.auth.phonenumber.check': {
      summary: 'Is this phone number registered? 200: sign in; 404: sign up',
      access: 'public',
      body: phonenumberValidator,
      responses: { 200: phonenumber, 404: phonenumber },
      errors: [PhonenumberBanned],
      errorCodes: throttled,
    },
    'api.auth.signin': {
      summary:
        'Sign in with username and password (and a second-factor code, if the account has one)',
      description:
        'Staff who turned on two-factor sign-in (in the console, `/auth/two-factor`) also send ' +
        '`otp`: the 6-digit code of their authenticator app (RFC 6238 TOTP: SHA-1, 30 s, one step ' +
        'of drift either way) or one of their recovery codes (`xxxxx-xxxxx`, each works once). ' +
        'Without it: 401 `mfa_required` (the password was right). A wrong code, a recovery code ' +
        'already used, or an app code whose 30-second step was already used (no replay): 401 ' +
        '`mfa_invalid`. Codes are counted per account before they are checked: 5 in 15 minutes, ' +
        'then 429 `throttled` for 15 minutes. `otp` is ignored for accounts without a second ' +
        'factor. With `STAFF_MFA=required`, an administrator who has not set one up gets no ' +
        'token (403 `mfa_enrolment_required`) until they do, in the console.',
      access: 'public',
      body: apiSignInValidator,
      responses: { 200: tokenPair },
      errors: [
        InvalidCredentials,
        SecondFactorRequired,
        SecondFactorInvalid,
        SecondFactorEnrolmentRequired,
        new Throttled(900),
      ],
      errorCodes: throttled,
    },
    'api.auth.signin.token_request': codeRequest(
      'Send a sign-in code to a driver’s registered number (staff sign in with a password)',
      [PhonenumberUnknown, PhonenumberBanned, CodeSignInNotAvailable]
    ),
    'api.auth.signin.token_confirm': {
      summary: 'Sign in with the phone code',
      access: 'public',
      body: phoneCodeValidator,
      responses: { 200: tokenPair },
      errors: [...codeErrors, CodeSignInNotAvailable, NoActiveAccount],
      errorCodes: throttled,
    },
    'api.auth.signup.token_request': codeRequest('Send a sign-up code to a new number', [
      PhonenumberTaken,
      PhonenumberPermanentlyBanned,
    ]),
    'api.auth.signup.token_confirm': {
      summary: 'Confirm a sign-up code: answers the one-time `signup_token`',
      access: 'public',
      body: phoneCodeValidator,
      responses: {
        200: schema.object({ phonenumber: schema.string(), signup_token: schema.string() }),
      },
      errors: codeErrors,
      errorCodes: throttled,
    },
    'api.auth.signup': {
      summary: 'Create a driver account with the `signup_token`',
      access: 'public',
      body: signUpValidator,
      responses: {
        201: schema.object({
          uuid: schema.uuid(),
          user_profile: schema.ref('UserProfile'),
          access: schema.string(),
          refresh: schema.string(),
        }),
      },
      errors: [InvalidSignupToken, StaffSignupRefused, PhonenumberTaken],
      errorCodes: throttled,
    },
    'api.auth.token.refresh': {
      summary: 'Spend a refresh token for a new pair',
      description: 'A refresh token works once; reusing a spent one revokes the whole sign-in.',
      access: 'public',
      body: refreshValidator,
      responses: { 200: tokenPair },
      errors: [TokenNotValid],
      errorCodes: throttled,
    },
    'api.auth.token.verify': {
      summary: 'Is this access or refresh token live? 200 `{}` or 401',
      access: 'public',
      body: verifyTokenValidator,
      responses: { 200: schema.object({}) },
      errors: [TokenNotValid],
      errorCodes: throttled,
    },
    'api.auth.signout': {
      summary: 'Sign out: revoke this sign-in’s tokens (and the given refresh token)',
      body: signOutValidator,
      responses: { 204: null },
    },
    'api.auth.unregister': {
      summary: 'Close the caller’s account',
      responses: { 204: null },
    },
    'api.auth.api_key.self': {
      summary: 'The API key making the call: its name and scopes (API keys only)',
      responses: {
        200: schema.object({
          prefix: schema.string(),
          name: schema.string(),
          scopes: schema.array(schema.choice(API_SCOPES)),
        }),
      },
    },
  },
})
