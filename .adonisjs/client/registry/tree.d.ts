/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  drive: {
    fs: {
      serve: typeof routes['drive.fs.serve']
    }
  }
  core: {
    health: {
      live: typeof routes['core.health.live']
      ready: typeof routes['core.health.ready']
    }
    metrics: typeof routes['core.metrics']
    home: typeof routes['core.home']
  }
  shipping: {
    items: {
      index: typeof routes['shipping.items.index']
    }
    console: typeof routes['shipping.console']
    driver: typeof routes['shipping.driver']
  }
  auth: {
    login: typeof routes['auth.login'] & {
      show: typeof routes['auth.login.show']
      twoFactor: typeof routes['auth.login.two_factor'] & {
        show: typeof routes['auth.login.two_factor.show']
      }
    }
    driverLogin: typeof routes['auth.driver_login'] & {
      show: typeof routes['auth.driver_login.show']
      code: typeof routes['auth.driver_login.code']
      restart: typeof routes['auth.driver_login.restart']
    }
    logout: typeof routes['auth.logout']
    twoFactor: {
      show: typeof routes['auth.two_factor.show']
      start: typeof routes['auth.two_factor.start']
      cancel: typeof routes['auth.two_factor.cancel']
      confirm: typeof routes['auth.two_factor.confirm']
      recoveryCodes: typeof routes['auth.two_factor.recovery_codes']
      disable: typeof routes['auth.two_factor.disable']
    }
  }
}
