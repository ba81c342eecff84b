/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  core: {
    home: typeof routes['core.home']
    queues: {
      index: typeof routes['core.queues.index']
      retry: typeof routes['core.queues.retry']
    }
  }
  users: {
    drivers: {
      index: typeof routes['users.drivers.index']
      store: typeof routes['users.drivers.store']
      deactivate: typeof routes['users.drivers.deactivate']
      ban: typeof routes['users.drivers.ban']
    }
    staff: {
      index: typeof routes['users.staff.index']
      store: typeof routes['users.staff.store']
      deactivate: typeof routes['users.staff.deactivate']
      ban: typeof routes['users.staff.ban']
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
    batches: {
      index: typeof routes['shipping.batches.index']
      store: typeof routes['shipping.batches.store']
      show: typeof routes['shipping.batches.show']
      addItems: typeof routes['shipping.batches.add_items']
      removeItem: typeof routes['shipping.batches.remove_item']
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
    apiKeys: {
      index: typeof routes['auth.api_keys.index']
      store: typeof routes['auth.api_keys.store']
      owners: typeof routes['auth.api_keys.owners']
      destroy: typeof routes['auth.api_keys.destroy']
    }
  }
}
