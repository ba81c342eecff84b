import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { authAttemptsThrottle, smsThrottle } from '#start/limiter'

const PhoneAuthController = () => import('#auth/controllers/api/phone_auth_controller')
const TokensController = () => import('#auth/controllers/api/tokens_controller')
const ApiKeysController = () => import('#auth/controllers/api/api_keys_controller')
const SessionController = () => import('#auth/controllers/web/session_controller')
const TwoFactorController = () => import('#auth/controllers/web/two_factor_controller')
const WebApiKeysController = () => import('#auth/controllers/web/api_keys_controller')

/*
| API v1 (reference paths).
*/
router
  .group(() => {
    router
      .group(() => {
        router.post('/phonenumber/check', [PhoneAuthController, 'check']).as('phonenumber.check')
        router.post('/signin', [TokensController, 'signin']).as('signin')
        router
          .post('/signin/token_confirm', [PhoneAuthController, 'signinCodeConfirm'])
          .as('signin.token_confirm')
        router
          .post('/signup/token_confirm', [PhoneAuthController, 'signupCodeConfirm'])
          .as('signup.token_confirm')
        router.post('/signup', [PhoneAuthController, 'signup']).as('signup')
        router.post('/token/refresh', [TokensController, 'refresh']).as('token.refresh')
        router.post('/token/verify', [TokensController, 'verify']).as('token.verify')
      })
      .use(authAttemptsThrottle)

    router
      .group(() => {
        router
          .post('/signin/token_request', [PhoneAuthController, 'signinCodeRequest'])
          .as('signin.token_request')
        router
          .post('/signup/token_request', [PhoneAuthController, 'signupCodeRequest'])
          .as('signup.token_request')
      })
      .use(smsThrottle)

    router
      .group(() => {
        router.post('/signout', [TokensController, 'signout']).as('signout')
        router.post('/unregister', [TokensController, 'unregister']).as('unregister')
        router.get('/api_key', [ApiKeysController, 'self']).as('api_key.self')
      })
      .use(middleware.authenticated({ secondFactorSetup: true }))
  })
  .prefix('/api/v1/auth')
  .as('api.auth')

/*
| Browser sign-in.
*/
router.get('/login', [SessionController, 'showStaffLogin']).as('auth.login.show')
router.post('/login', [SessionController, 'staffLogin']).as('auth.login').use(authAttemptsThrottle)
router
  .get('/login/two-factor', [SessionController, 'showSecondFactor'])
  .as('auth.login.two_factor.show')
router
  .post('/login/two-factor', [SessionController, 'secondFactorLogin'])
  .as('auth.login.two_factor')
  .use(authAttemptsThrottle)
router.get('/driver/login', [SessionController, 'showDriverLogin']).as('auth.driver_login.show')
router
  .post('/driver/login/code', [SessionController, 'driverCodeRequest'])
  .as('auth.driver_login.code')
  .use(smsThrottle)
router
  .post('/driver/login', [SessionController, 'driverLogin'])
  .as('auth.driver_login')
  .use(authAttemptsThrottle)
router
  .post('/driver/login/restart', [SessionController, 'driverRestart'])
  .as('auth.driver_login.restart')
router.post('/logout', [SessionController, 'logout']).as('auth.logout')

/*
| Security settings (staff): the second factor. Open to an administrator
| who must still set it up (STAFF_MFA=required); every other page sends
| them here.
*/
router
  .group(() => {
    router.get('/', [TwoFactorController, 'show']).as('show')
    router.post('/enrolment', [TwoFactorController, 'start']).as('start')
    router.delete('/enrolment', [TwoFactorController, 'cancel']).as('cancel')
    router
      .post('/enrolment/confirm', [TwoFactorController, 'confirm'])
      .as('confirm')
      .use(authAttemptsThrottle)
    router
      .post('/recovery-codes', [TwoFactorController, 'regenerate'])
      .as('recovery_codes')
      .use(authAttemptsThrottle)
    router.delete('/', [TwoFactorController, 'disable']).as('disable').use(authAttemptsThrottle)
  })
  .prefix('/auth/two-factor')
  .as('auth.two_factor')
  .use(
    middleware.authenticated({ userType: 'STAFF', loginPath: '/login', secondFactorSetup: true })
  )

/*
| Partner-system keys (administrators, see ApiKeyPolicy).
*/
router
  .group(() => {
    router.get('/', [WebApiKeysController, 'index']).as('index')
    router.post('/', [WebApiKeysController, 'store']).as('store')
    router.get('/owners', [WebApiKeysController, 'owners']).as('owners')
    router
      .delete('/:prefix', [WebApiKeysController, 'destroy'])
      .where('prefix', /^[\w-]{8}$/)
      .as('destroy')
  })
  .prefix('/auth/api-keys')
  .as('auth.api_keys')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))
