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
    home: typeof routes['core.home']
  }
  shipping: {
    items: {
      index: typeof routes['shipping.items.index']
    }
    transports: {
      index: typeof routes['shipping.transports.index']
      store: typeof routes['shipping.transports.store']
      drivers: typeof routes['shipping.transports.drivers']
      show: typeof routes['shipping.transports.show']
      loadableBatches: typeof routes['shipping.transports.loadable_batches']
      addBatches: typeof routes['shipping.transports.add_batches']
      assign: typeof routes['shipping.transports.assign']
      start: typeof routes['shipping.transports.start']
      complete: typeof routes['shipping.transports.complete']
    }
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
