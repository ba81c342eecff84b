/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  api: {
    core: {
      healthcheck: typeof routes['api.core.healthcheck']
    }
  }
  core: {
    health: {
      live: typeof routes['core.health.live']
      ready: typeof routes['core.health.ready']
    }
    home: typeof routes['core.home']
  }
}
