/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  drive: {
    fs: {
      serve: typeof routes['drive.fs.serve']
    }
  }
  api: {
    core: {
      healthcheck: typeof routes['api.core.healthcheck']
    }
    users: {
      self: {
        show: typeof routes['api.users.self.show']
        update: typeof routes['api.users.self.update']
      }
      lookup: typeof routes['api.users.lookup']
    }
    auth: {
      phonenumber: {
        check: typeof routes['api.auth.phonenumber.check']
      }
      signin: typeof routes['api.auth.signin'] & {
        tokenConfirm: typeof routes['api.auth.signin.token_confirm']
        tokenRequest: typeof routes['api.auth.signin.token_request']
      }
      signup: typeof routes['api.auth.signup'] & {
        tokenConfirm: typeof routes['api.auth.signup.token_confirm']
        tokenRequest: typeof routes['api.auth.signup.token_request']
      }
      token: {
        refresh: typeof routes['api.auth.token.refresh']
        verify: typeof routes['api.auth.token.verify']
      }
      signout: typeof routes['api.auth.signout']
      unregister: typeof routes['api.auth.unregister']
      apiKey: {
        self: typeof routes['api.auth.api_key.self']
      }
    }
  }
  core: {
    health: {
      live: typeof routes['core.health.live']
      ready: typeof routes['core.health.ready']
    }
    home: typeof routes['core.home']
  }
  users: {
    console: typeof routes['users.console']
    driver: typeof routes['users.driver']
  }
  auth: {
    login: typeof routes['auth.login'] & {
      show: typeof routes['auth.login.show']
    }
    driverLogin: typeof routes['auth.driver_login'] & {
      show: typeof routes['auth.driver_login.show']
      code: typeof routes['auth.driver_login.code']
      restart: typeof routes['auth.driver_login.restart']
    }
    logout: typeof routes['auth.logout']
  }
}
