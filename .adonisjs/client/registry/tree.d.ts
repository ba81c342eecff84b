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
    docs: {
      page: typeof routes['api.docs.page']
      document: typeof routes['api.docs.document']
      renderer: typeof routes['api.docs.renderer']
      start: typeof routes['api.docs.start']
    }
    users: {
      self: {
        show: typeof routes['api.users.self.show']
        update: typeof routes['api.users.self.update']
      }
      lookup: typeof routes['api.users.lookup']
    }
    distribution: {
      centers: {
        index: typeof routes['api.distribution.centers.index']
        store: typeof routes['api.distribution.centers.store']
        show: typeof routes['api.distribution.centers.show']
        replace: typeof routes['api.distribution.centers.replace']
        update: typeof routes['api.distribution.centers.update']
        destroy: typeof routes['api.distribution.centers.destroy']
        staff: {
          add: typeof routes['api.distribution.centers.staff.add']
          remove: typeof routes['api.distribution.centers.staff.remove']
        }
      }
    }
    shipping: {
      items: {
        index: typeof routes['api.shipping.items.index']
        store: typeof routes['api.shipping.items.store']
        show: typeof routes['api.shipping.items.show']
        replace: typeof routes['api.shipping.items.replace']
        update: typeof routes['api.shipping.items.update']
        destroy: typeof routes['api.shipping.items.destroy']
        report: typeof routes['api.shipping.items.report']
        events: typeof routes['api.shipping.items.events']
      }
      batches: {
        index: typeof routes['api.shipping.batches.index']
        store: typeof routes['api.shipping.batches.store']
        show: typeof routes['api.shipping.batches.show']
        replace: typeof routes['api.shipping.batches.replace']
        update: typeof routes['api.shipping.batches.update']
        destroy: typeof routes['api.shipping.batches.destroy']
        items: typeof routes['api.shipping.batches.items']
        add: typeof routes['api.shipping.batches.add']
      }
      transports: {
        index: typeof routes['api.shipping.transports.index']
        store: typeof routes['api.shipping.transports.store']
        show: typeof routes['api.shipping.transports.show']
        replace: typeof routes['api.shipping.transports.replace']
        update: typeof routes['api.shipping.transports.update']
        destroy: typeof routes['api.shipping.transports.destroy']
        batches: typeof routes['api.shipping.transports.batches']
        add: typeof routes['api.shipping.transports.add']
        assign: typeof routes['api.shipping.transports.assign']
        start: typeof routes['api.shipping.transports.start']
        complete: typeof routes['api.shipping.transports.complete']
      }
      driver: {
        transports: {
          index: typeof routes['api.shipping.driver.transports.index']
        }
      }
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
  shipping: {
    console: typeof routes['shipping.console']
    driver: typeof routes['shipping.driver']
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
