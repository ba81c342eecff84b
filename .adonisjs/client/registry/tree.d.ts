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
    queues: {
      index: typeof routes['core.queues.index']
      retry: typeof routes['core.queues.retry']
    }
  }
  shipping: {
    items: {
      index: typeof routes['shipping.items.index']
    }
    dashboard: typeof routes['shipping.dashboard']
    search: typeof routes['shipping.search']
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
