import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.metrics': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
    'api.docs.page': { paramsTuple?: []; params?: {} }
    'api.docs.document': { paramsTuple?: []; params?: {} }
    'api.docs.renderer': { paramsTuple?: []; params?: {} }
    'api.docs.start': { paramsTuple?: []; params?: {} }
    'core.queues.index': { paramsTuple?: []; params?: {} }
    'core.queues.retry': { paramsTuple?: []; params?: {} }
    'core.live.events': { paramsTuple?: []; params?: {} }
    'core.live.subscribe': { paramsTuple?: []; params?: {} }
    'core.live.unsubscribe': { paramsTuple?: []; params?: {} }
    'api.users.self.show': { paramsTuple?: []; params?: {} }
    'api.users.self.update': { paramsTuple?: []; params?: {} }
    'api.users.lookup': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.drivers.index': { paramsTuple?: []; params?: {} }
    'users.drivers.store': { paramsTuple?: []; params?: {} }
    'users.drivers.deactivate': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.drivers.ban': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.staff.index': { paramsTuple?: []; params?: {} }
    'users.staff.store': { paramsTuple?: []; params?: {} }
    'users.staff.deactivate': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.staff.ban': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.index': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.store': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.replace': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.update': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.destroy': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.staff.add': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.staff.remove': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.index': { paramsTuple?: []; params?: {} }
    'distribution.centers.create': { paramsTuple?: []; params?: {} }
    'distribution.centers.store': { paramsTuple?: []; params?: {} }
    'distribution.centers.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.update': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.destroy': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.staff.add': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.staff.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'uuid': ParamValue,'user_uuid': ParamValue} }
    'api.shipping.items.index': { paramsTuple?: []; params?: {} }
    'api.shipping.items.store': { paramsTuple?: []; params?: {} }
    'api.shipping.items.show': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.replace': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.update': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.destroy': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.report': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.events': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.index': { paramsTuple?: []; params?: {} }
    'api.shipping.batches.store': { paramsTuple?: []; params?: {} }
    'api.shipping.batches.show': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.replace': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.update': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.destroy': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.items': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.add': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.index': { paramsTuple?: []; params?: {} }
    'api.shipping.transports.store': { paramsTuple?: []; params?: {} }
    'api.shipping.transports.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.replace': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.update': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.destroy': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.add': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.assign': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.start': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.complete': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.proofs': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.driver.transports.index': { paramsTuple?: []; params?: {} }
    'shipping.items.index': { paramsTuple?: []; params?: {} }
    'shipping.dashboard': { paramsTuple?: []; params?: {} }
    'shipping.search': { paramsTuple?: []; params?: {} }
    'shipping.items.create': { paramsTuple?: []; params?: {} }
    'shipping.items.store': { paramsTuple?: []; params?: {} }
    'shipping.items.show': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.items.edit': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.items.update': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.items.report': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.items.destroy': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.batches.index': { paramsTuple?: []; params?: {} }
    'shipping.batches.store': { paramsTuple?: []; params?: {} }
    'shipping.batches.show': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'shipping.batches.add_items': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'shipping.batches.remove_item': { paramsTuple: [ParamValue,ParamValue]; params: {'alias': ParamValue,'tracking_number': ParamValue} }
    'shipping.transports.index': { paramsTuple?: []; params?: {} }
    'shipping.transports.store': { paramsTuple?: []; params?: {} }
    'shipping.transports.drivers': { paramsTuple?: []; params?: {} }
    'shipping.transports.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.loadable_batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.add_batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.assign': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.start': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.complete': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.console': { paramsTuple?: []; params?: {} }
    'shipping.driver.index': { paramsTuple?: []; params?: {} }
    'shipping.driver.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.start': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.arrival': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.complete': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
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
    'auth.login.two_factor.show': { paramsTuple?: []; params?: {} }
    'auth.login.two_factor': { paramsTuple?: []; params?: {} }
    'auth.driver_login.show': { paramsTuple?: []; params?: {} }
    'auth.driver_login.code': { paramsTuple?: []; params?: {} }
    'auth.driver_login': { paramsTuple?: []; params?: {} }
    'auth.driver_login.restart': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.two_factor.show': { paramsTuple?: []; params?: {} }
    'auth.two_factor.start': { paramsTuple?: []; params?: {} }
    'auth.two_factor.cancel': { paramsTuple?: []; params?: {} }
    'auth.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'auth.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'auth.two_factor.disable': { paramsTuple?: []; params?: {} }
    'auth.api_keys.index': { paramsTuple?: []; params?: {} }
    'auth.api_keys.store': { paramsTuple?: []; params?: {} }
    'auth.api_keys.owners': { paramsTuple?: []; params?: {} }
    'auth.api_keys.destroy': { paramsTuple: [ParamValue]; params: {'prefix': ParamValue} }
    'core.page_not_found': { paramsTuple: [ParamValue]; params: {'first': ParamValue} }
    'core.page_not_found.nested': { paramsTuple: [ParamValue,...ParamValue[]]; params: {'first': ParamValue,'*': ParamValue[]} }
  }
  GET: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.metrics': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
    'api.docs.page': { paramsTuple?: []; params?: {} }
    'api.docs.document': { paramsTuple?: []; params?: {} }
    'api.docs.renderer': { paramsTuple?: []; params?: {} }
    'api.docs.start': { paramsTuple?: []; params?: {} }
    'core.queues.index': { paramsTuple?: []; params?: {} }
    'core.live.events': { paramsTuple?: []; params?: {} }
    'api.users.self.show': { paramsTuple?: []; params?: {} }
    'api.users.lookup': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.drivers.index': { paramsTuple?: []; params?: {} }
    'users.staff.index': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.index': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.index': { paramsTuple?: []; params?: {} }
    'distribution.centers.create': { paramsTuple?: []; params?: {} }
    'distribution.centers.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.items.index': { paramsTuple?: []; params?: {} }
    'api.shipping.items.show': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.events': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.index': { paramsTuple?: []; params?: {} }
    'api.shipping.batches.show': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.items': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.index': { paramsTuple?: []; params?: {} }
    'api.shipping.transports.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.driver.transports.index': { paramsTuple?: []; params?: {} }
    'shipping.items.index': { paramsTuple?: []; params?: {} }
    'shipping.dashboard': { paramsTuple?: []; params?: {} }
    'shipping.search': { paramsTuple?: []; params?: {} }
    'shipping.items.create': { paramsTuple?: []; params?: {} }
    'shipping.items.show': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.items.edit': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.batches.index': { paramsTuple?: []; params?: {} }
    'shipping.batches.show': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'shipping.transports.index': { paramsTuple?: []; params?: {} }
    'shipping.transports.drivers': { paramsTuple?: []; params?: {} }
    'shipping.transports.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.loadable_batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.console': { paramsTuple?: []; params?: {} }
    'shipping.driver.index': { paramsTuple?: []; params?: {} }
    'shipping.driver.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.arrival': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.auth.api_key.self': { paramsTuple?: []; params?: {} }
    'auth.login.show': { paramsTuple?: []; params?: {} }
    'auth.login.two_factor.show': { paramsTuple?: []; params?: {} }
    'auth.driver_login.show': { paramsTuple?: []; params?: {} }
    'auth.two_factor.show': { paramsTuple?: []; params?: {} }
    'auth.api_keys.index': { paramsTuple?: []; params?: {} }
    'auth.api_keys.owners': { paramsTuple?: []; params?: {} }
    'core.page_not_found': { paramsTuple: [ParamValue]; params: {'first': ParamValue} }
    'core.page_not_found.nested': { paramsTuple: [ParamValue,...ParamValue[]]; params: {'first': ParamValue,'*': ParamValue[]} }
  }
  HEAD: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'api.core.healthcheck': { paramsTuple?: []; params?: {} }
    'core.health.live': { paramsTuple?: []; params?: {} }
    'core.health.ready': { paramsTuple?: []; params?: {} }
    'core.metrics': { paramsTuple?: []; params?: {} }
    'core.home': { paramsTuple?: []; params?: {} }
    'api.docs.page': { paramsTuple?: []; params?: {} }
    'api.docs.document': { paramsTuple?: []; params?: {} }
    'api.docs.renderer': { paramsTuple?: []; params?: {} }
    'api.docs.start': { paramsTuple?: []; params?: {} }
    'core.queues.index': { paramsTuple?: []; params?: {} }
    'core.live.events': { paramsTuple?: []; params?: {} }
    'api.users.self.show': { paramsTuple?: []; params?: {} }
    'api.users.lookup': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.drivers.index': { paramsTuple?: []; params?: {} }
    'users.staff.index': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.index': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.index': { paramsTuple?: []; params?: {} }
    'distribution.centers.create': { paramsTuple?: []; params?: {} }
    'distribution.centers.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.items.index': { paramsTuple?: []; params?: {} }
    'api.shipping.items.show': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.items.events': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.index': { paramsTuple?: []; params?: {} }
    'api.shipping.batches.show': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.batches.items': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.index': { paramsTuple?: []; params?: {} }
    'api.shipping.transports.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.driver.transports.index': { paramsTuple?: []; params?: {} }
    'shipping.items.index': { paramsTuple?: []; params?: {} }
    'shipping.dashboard': { paramsTuple?: []; params?: {} }
    'shipping.search': { paramsTuple?: []; params?: {} }
    'shipping.items.create': { paramsTuple?: []; params?: {} }
    'shipping.items.show': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.items.edit': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.batches.index': { paramsTuple?: []; params?: {} }
    'shipping.batches.show': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'shipping.transports.index': { paramsTuple?: []; params?: {} }
    'shipping.transports.drivers': { paramsTuple?: []; params?: {} }
    'shipping.transports.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.loadable_batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.console': { paramsTuple?: []; params?: {} }
    'shipping.driver.index': { paramsTuple?: []; params?: {} }
    'shipping.driver.show': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.arrival': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.auth.api_key.self': { paramsTuple?: []; params?: {} }
    'auth.login.show': { paramsTuple?: []; params?: {} }
    'auth.login.two_factor.show': { paramsTuple?: []; params?: {} }
    'auth.driver_login.show': { paramsTuple?: []; params?: {} }
    'auth.two_factor.show': { paramsTuple?: []; params?: {} }
    'auth.api_keys.index': { paramsTuple?: []; params?: {} }
    'auth.api_keys.owners': { paramsTuple?: []; params?: {} }
    'core.page_not_found': { paramsTuple: [ParamValue]; params: {'first': ParamValue} }
    'core.page_not_found.nested': { paramsTuple: [ParamValue,...ParamValue[]]; params: {'first': ParamValue,'*': ParamValue[]} }
  }
  POST: {
    'core.queues.retry': { paramsTuple?: []; params?: {} }
    'core.live.subscribe': { paramsTuple?: []; params?: {} }
    'core.live.unsubscribe': { paramsTuple?: []; params?: {} }
    'users.drivers.store': { paramsTuple?: []; params?: {} }
    'users.drivers.deactivate': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.drivers.ban': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.staff.store': { paramsTuple?: []; params?: {} }
    'users.staff.deactivate': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'users.staff.ban': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.store': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.staff.add': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.store': { paramsTuple?: []; params?: {} }
    'distribution.centers.staff.add': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.items.store': { paramsTuple?: []; params?: {} }
    'api.shipping.items.report': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.store': { paramsTuple?: []; params?: {} }
    'api.shipping.batches.add': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.store': { paramsTuple?: []; params?: {} }
    'api.shipping.transports.add': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.assign': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.start': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.complete': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.transports.proofs': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.items.store': { paramsTuple?: []; params?: {} }
    'shipping.items.report': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.batches.store': { paramsTuple?: []; params?: {} }
    'shipping.batches.add_items': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'shipping.transports.store': { paramsTuple?: []; params?: {} }
    'shipping.transports.add_batches': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.assign': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.start': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.transports.complete': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.start': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.driver.complete': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
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
    'auth.login.two_factor': { paramsTuple?: []; params?: {} }
    'auth.driver_login.code': { paramsTuple?: []; params?: {} }
    'auth.driver_login': { paramsTuple?: []; params?: {} }
    'auth.driver_login.restart': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.two_factor.start': { paramsTuple?: []; params?: {} }
    'auth.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'auth.two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'auth.api_keys.store': { paramsTuple?: []; params?: {} }
  }
  PATCH: {
    'api.users.self.update': { paramsTuple?: []; params?: {} }
    'api.distribution.centers.update': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.items.update': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.update': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.update': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
  }
  PUT: {
    'api.distribution.centers.replace': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.update': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.shipping.items.replace': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.replace': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.replace': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.items.update': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
  }
  DELETE: {
    'api.distribution.centers.destroy': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'api.distribution.centers.staff.remove': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.destroy': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'distribution.centers.staff.remove': { paramsTuple: [ParamValue,ParamValue]; params: {'uuid': ParamValue,'user_uuid': ParamValue} }
    'api.shipping.items.destroy': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'api.shipping.batches.destroy': { paramsTuple: [ParamValue]; params: {'alias': ParamValue} }
    'api.shipping.transports.destroy': { paramsTuple: [ParamValue]; params: {'uuid': ParamValue} }
    'shipping.items.destroy': { paramsTuple: [ParamValue]; params: {'tracking_number': ParamValue} }
    'shipping.batches.remove_item': { paramsTuple: [ParamValue,ParamValue]; params: {'alias': ParamValue,'tracking_number': ParamValue} }
    'auth.two_factor.cancel': { paramsTuple?: []; params?: {} }
    'auth.two_factor.disable': { paramsTuple?: []; params?: {} }
    'auth.api_keys.destroy': { paramsTuple: [ParamValue]; params: {'prefix': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}