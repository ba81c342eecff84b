import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}