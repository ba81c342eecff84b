import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
    'api.users.self.show': { paramsTuple?: []; params?: {} }
    'api.users.self.update': { paramsTuple?: []; params?: {} }
    'api.users.lookup': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.console': { paramsTuple?: []; params?: {} }
    'users.driver': { paramsTuple?: []; params?: {} }
    'api.auth.phonenumber.check': { paramsTuple?: []; params?: {} }
    'api.auth.signin': { paramsTuple?: []; params?: {} }
    'api.auth.signin.token_confirm': { paramsTuple?: []; params?: {} }
    'api.auth.signup.token_confirm': { paramsTuple?: []; params?: {} }
    'api.auth.signup': { paramsTuple?: []; params?: {} }
    'api.auth.token.refresh': { paramsTuple?: []; params?: {} }
    'api.auth.token.verify': { paramsTuple?: []; params?: {} }
    'api.auth.signin.token_request': { paramsTuple?: []; params?: {} }
    'api.auth.signup.token_request': { paramsTuple?: []; params?: {} }
    'api.auth.signout': { paramsTuple?: []; params?: {} }
    'api.auth.unregister': { paramsTuple?: []; params?: {} }
    'api.auth.api_key.self': { paramsTuple?: []; params?: {} }
    'auth.login.show': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.driver_login.show': { paramsTuple?: []; params?: {} }
    'auth.driver_login.code': { paramsTuple?: []; params?: {} }
    'auth.driver_login': { paramsTuple?: []; params?: {} }
    'auth.driver_login.restart': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
    'api.users.self.show': { paramsTuple?: []; params?: {} }
    'api.users.lookup': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.console': { paramsTuple?: []; params?: {} }
    'users.driver': { paramsTuple?: []; params?: {} }
    'api.auth.api_key.self': { paramsTuple?: []; params?: {} }
    'auth.login.show': { paramsTuple?: []; params?: {} }
    'auth.driver_login.show': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
    'api.users.self.show': { paramsTuple?: []; params?: {} }
    'api.users.lookup': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.console': { paramsTuple?: []; params?: {} }
    'users.driver': { paramsTuple?: []; params?: {} }
    'api.auth.api_key.self': { paramsTuple?: []; params?: {} }
    'auth.login.show': { paramsTuple?: []; params?: {} }
    'auth.driver_login.show': { paramsTuple?: []; params?: {} }
  }
  PATCH: {
    'api.users.self.update': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'api.auth.phonenumber.check': { paramsTuple?: []; params?: {} }
    'api.auth.signin': { paramsTuple?: []; params?: {} }
    'api.auth.signin.token_confirm': { paramsTuple?: []; params?: {} }
    'api.auth.signup.token_confirm': { paramsTuple?: []; params?: {} }
    'api.auth.signup': { paramsTuple?: []; params?: {} }
    'api.auth.token.refresh': { paramsTuple?: []; params?: {} }
    'api.auth.token.verify': { paramsTuple?: []; params?: {} }
    'api.auth.signin.token_request': { paramsTuple?: []; params?: {} }
    'api.auth.signup.token_request': { paramsTuple?: []; params?: {} }
    'api.auth.signout': { paramsTuple?: []; params?: {} }
    'api.auth.unregister': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.driver_login.code': { paramsTuple?: []; params?: {} }
    'auth.driver_login': { paramsTuple?: []; params?: {} }
    'auth.driver_login.restart': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}