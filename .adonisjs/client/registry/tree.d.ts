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
    queues: {
      index: typeof routes['core.queues.index']
      retry: typeof routes['core.queues.retry']
    }
  }
  distribution: {
    centers: {
      index: typeof routes['distribution.centers.index']
      create: typeof routes['distribution.centers.create']
      store: typeof routes['distribution.centers.store']
      show: typeof routes['distribution.centers.show']
      update: typeof routes['distribution.centers.update']
      destroy: typeof routes['distribution.centers.destroy']
      staff: {
        add: typeof routes['distribution.centers.staff.add']
        remove: typeof routes['distribution.centers.staff.remove']
      }
    }
  }
  shipping: {
    items: {
      index: typeof routes['shipping.items.index']
      create: typeof routes['shipping.items.create']
      store: typeof routes['shipping.items.store']
      show: typeof routes['shipping.items.show']
      edit: typeof routes['shipping.items.edit']
      update: typeof routes['shipping.items.update']
      report: typeof routes['shipping.items.report']
      destroy: typeof routes['shipping.items.destroy']
    }
    dashboard: typeof routes['shipping.dashboard']
    search: typeof routes['shipping.search']
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
    driver: {
      index: typeof routes['shipping.driver.index']
      show: typeof routes['shipping.driver.show']
      start: typeof routes['shipping.driver.start']
      arrival: typeof routes['shipping.driver.arrival']
      complete: typeof routes['shipping.driver.complete']
    }
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
