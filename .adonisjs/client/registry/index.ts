/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'core.home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['core.home']['types'],
  },
  'core.queues.index': {
    methods: ["GET","HEAD"],
    pattern: '/queues',
    tokens: [{"old":"/queues","type":0,"val":"queues","end":""}],
    types: placeholder as Registry['core.queues.index']['types'],
  },
  'core.queues.retry': {
    methods: ["POST"],
    pattern: '/queues/retry',
    tokens: [{"old":"/queues/retry","type":0,"val":"queues","end":""},{"old":"/queues/retry","type":0,"val":"retry","end":""}],
    types: placeholder as Registry['core.queues.retry']['types'],
  },
  'users.drivers.index': {
    methods: ["GET","HEAD"],
    pattern: '/users/drivers',
    tokens: [{"old":"/users/drivers","type":0,"val":"users","end":""},{"old":"/users/drivers","type":0,"val":"drivers","end":""}],
    types: placeholder as Registry['users.drivers.index']['types'],
  },
  'users.drivers.store': {
    methods: ["POST"],
    pattern: '/users/drivers',
    tokens: [{"old":"/users/drivers","type":0,"val":"users","end":""},{"old":"/users/drivers","type":0,"val":"drivers","end":""}],
    types: placeholder as Registry['users.drivers.store']['types'],
  },
  'users.drivers.deactivate': {
    methods: ["POST"],
    pattern: '/users/drivers/:uuid/deactivate',
    tokens: [{"old":"/users/drivers/:uuid/deactivate","type":0,"val":"users","end":""},{"old":"/users/drivers/:uuid/deactivate","type":0,"val":"drivers","end":""},{"old":"/users/drivers/:uuid/deactivate","type":1,"val":"uuid","end":""},{"old":"/users/drivers/:uuid/deactivate","type":0,"val":"deactivate","end":""}],
    types: placeholder as Registry['users.drivers.deactivate']['types'],
  },
  'users.drivers.ban': {
    methods: ["POST"],
    pattern: '/users/drivers/:uuid/ban',
    tokens: [{"old":"/users/drivers/:uuid/ban","type":0,"val":"users","end":""},{"old":"/users/drivers/:uuid/ban","type":0,"val":"drivers","end":""},{"old":"/users/drivers/:uuid/ban","type":1,"val":"uuid","end":""},{"old":"/users/drivers/:uuid/ban","type":0,"val":"ban","end":""}],
    types: placeholder as Registry['users.drivers.ban']['types'],
  },
  'users.staff.index': {
    methods: ["GET","HEAD"],
    pattern: '/users/staff',
    tokens: [{"old":"/users/staff","type":0,"val":"users","end":""},{"old":"/users/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['users.staff.index']['types'],
  },
  'users.staff.store': {
    methods: ["POST"],
    pattern: '/users/staff',
    tokens: [{"old":"/users/staff","type":0,"val":"users","end":""},{"old":"/users/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['users.staff.store']['types'],
  },
  'users.staff.deactivate': {
    methods: ["POST"],
    pattern: '/users/staff/:uuid/deactivate',
    tokens: [{"old":"/users/staff/:uuid/deactivate","type":0,"val":"users","end":""},{"old":"/users/staff/:uuid/deactivate","type":0,"val":"staff","end":""},{"old":"/users/staff/:uuid/deactivate","type":1,"val":"uuid","end":""},{"old":"/users/staff/:uuid/deactivate","type":0,"val":"deactivate","end":""}],
    types: placeholder as Registry['users.staff.deactivate']['types'],
  },
  'users.staff.ban': {
    methods: ["POST"],
    pattern: '/users/staff/:uuid/ban',
    tokens: [{"old":"/users/staff/:uuid/ban","type":0,"val":"users","end":""},{"old":"/users/staff/:uuid/ban","type":0,"val":"staff","end":""},{"old":"/users/staff/:uuid/ban","type":1,"val":"uuid","end":""},{"old":"/users/staff/:uuid/ban","type":0,"val":"ban","end":""}],
    types: placeholder as Registry['users.staff.ban']['types'],
  },
  'distribution.centers.index': {
    methods: ["GET","HEAD"],
    pattern: '/distribution/centers',
    tokens: [{"old":"/distribution/centers","type":0,"val":"distribution","end":""},{"old":"/distribution/centers","type":0,"val":"centers","end":""}],
    types: placeholder as Registry['distribution.centers.index']['types'],
  },
  'distribution.centers.create': {
    methods: ["GET","HEAD"],
    pattern: '/distribution/centers/create',
    tokens: [{"old":"/distribution/centers/create","type":0,"val":"distribution","end":""},{"old":"/distribution/centers/create","type":0,"val":"centers","end":""},{"old":"/distribution/centers/create","type":0,"val":"create","end":""}],
    types: placeholder as Registry['distribution.centers.create']['types'],
  },
  'distribution.centers.store': {
    methods: ["POST"],
    pattern: '/distribution/centers',
    tokens: [{"old":"/distribution/centers","type":0,"val":"distribution","end":""},{"old":"/distribution/centers","type":0,"val":"centers","end":""}],
    types: placeholder as Registry['distribution.centers.store']['types'],
  },
  'distribution.centers.show': {
    methods: ["GET","HEAD"],
    pattern: '/distribution/centers/:uuid',
    tokens: [{"old":"/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['distribution.centers.show']['types'],
  },
  'distribution.centers.update': {
    methods: ["PUT"],
    pattern: '/distribution/centers/:uuid',
    tokens: [{"old":"/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['distribution.centers.update']['types'],
  },
  'distribution.centers.destroy': {
    methods: ["DELETE"],
    pattern: '/distribution/centers/:uuid',
    tokens: [{"old":"/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['distribution.centers.destroy']['types'],
  },
  'distribution.centers.staff.add': {
    methods: ["POST"],
    pattern: '/distribution/centers/:uuid/staff',
    tokens: [{"old":"/distribution/centers/:uuid/staff","type":0,"val":"distribution","end":""},{"old":"/distribution/centers/:uuid/staff","type":0,"val":"centers","end":""},{"old":"/distribution/centers/:uuid/staff","type":1,"val":"uuid","end":""},{"old":"/distribution/centers/:uuid/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['distribution.centers.staff.add']['types'],
  },
  'distribution.centers.staff.remove': {
    methods: ["DELETE"],
    pattern: '/distribution/centers/:uuid/staff/:user_uuid',
    tokens: [{"old":"/distribution/centers/:uuid/staff/:user_uuid","type":0,"val":"distribution","end":""},{"old":"/distribution/centers/:uuid/staff/:user_uuid","type":0,"val":"centers","end":""},{"old":"/distribution/centers/:uuid/staff/:user_uuid","type":1,"val":"uuid","end":""},{"old":"/distribution/centers/:uuid/staff/:user_uuid","type":0,"val":"staff","end":""},{"old":"/distribution/centers/:uuid/staff/:user_uuid","type":1,"val":"user_uuid","end":""}],
    types: placeholder as Registry['distribution.centers.staff.remove']['types'],
  },
  'shipping.items.index': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/items',
    tokens: [{"old":"/shipping/items","type":0,"val":"shipping","end":""},{"old":"/shipping/items","type":0,"val":"items","end":""}],
    types: placeholder as Registry['shipping.items.index']['types'],
  },
  'shipping.dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/dashboard',
    tokens: [{"old":"/dashboard","type":0,"val":"dashboard","end":""}],
    types: placeholder as Registry['shipping.dashboard']['types'],
  },
  'shipping.search': {
    methods: ["GET","HEAD"],
    pattern: '/search',
    tokens: [{"old":"/search","type":0,"val":"search","end":""}],
    types: placeholder as Registry['shipping.search']['types'],
  },
  'shipping.items.create': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/items/create',
    tokens: [{"old":"/shipping/items/create","type":0,"val":"shipping","end":""},{"old":"/shipping/items/create","type":0,"val":"items","end":""},{"old":"/shipping/items/create","type":0,"val":"create","end":""}],
    types: placeholder as Registry['shipping.items.create']['types'],
  },
  'shipping.items.store': {
    methods: ["POST"],
    pattern: '/shipping/items',
    tokens: [{"old":"/shipping/items","type":0,"val":"shipping","end":""},{"old":"/shipping/items","type":0,"val":"items","end":""}],
    types: placeholder as Registry['shipping.items.store']['types'],
  },
  'shipping.items.show': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/items/:tracking_number',
    tokens: [{"old":"/shipping/items/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/shipping/items/:tracking_number","type":0,"val":"items","end":""},{"old":"/shipping/items/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['shipping.items.show']['types'],
  },
  'shipping.items.edit': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/items/:tracking_number/edit',
    tokens: [{"old":"/shipping/items/:tracking_number/edit","type":0,"val":"shipping","end":""},{"old":"/shipping/items/:tracking_number/edit","type":0,"val":"items","end":""},{"old":"/shipping/items/:tracking_number/edit","type":1,"val":"tracking_number","end":""},{"old":"/shipping/items/:tracking_number/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['shipping.items.edit']['types'],
  },
  'shipping.items.update': {
    methods: ["PUT"],
    pattern: '/shipping/items/:tracking_number',
    tokens: [{"old":"/shipping/items/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/shipping/items/:tracking_number","type":0,"val":"items","end":""},{"old":"/shipping/items/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['shipping.items.update']['types'],
  },
  'shipping.items.report': {
    methods: ["POST"],
    pattern: '/shipping/items/:tracking_number/report',
    tokens: [{"old":"/shipping/items/:tracking_number/report","type":0,"val":"shipping","end":""},{"old":"/shipping/items/:tracking_number/report","type":0,"val":"items","end":""},{"old":"/shipping/items/:tracking_number/report","type":1,"val":"tracking_number","end":""},{"old":"/shipping/items/:tracking_number/report","type":0,"val":"report","end":""}],
    types: placeholder as Registry['shipping.items.report']['types'],
  },
  'shipping.items.destroy': {
    methods: ["DELETE"],
    pattern: '/shipping/items/:tracking_number',
    tokens: [{"old":"/shipping/items/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/shipping/items/:tracking_number","type":0,"val":"items","end":""},{"old":"/shipping/items/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['shipping.items.destroy']['types'],
  },
  'shipping.batches.index': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/batches',
    tokens: [{"old":"/shipping/batches","type":0,"val":"shipping","end":""},{"old":"/shipping/batches","type":0,"val":"batches","end":""}],
    types: placeholder as Registry['shipping.batches.index']['types'],
  },
  'shipping.batches.store': {
    methods: ["POST"],
    pattern: '/shipping/batches',
    tokens: [{"old":"/shipping/batches","type":0,"val":"shipping","end":""},{"old":"/shipping/batches","type":0,"val":"batches","end":""}],
    types: placeholder as Registry['shipping.batches.store']['types'],
  },
  'shipping.batches.show': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/batches/:alias',
    tokens: [{"old":"/shipping/batches/:alias","type":0,"val":"shipping","end":""},{"old":"/shipping/batches/:alias","type":0,"val":"batches","end":""},{"old":"/shipping/batches/:alias","type":1,"val":"alias","end":""}],
    types: placeholder as Registry['shipping.batches.show']['types'],
  },
  'shipping.batches.add_items': {
    methods: ["POST"],
    pattern: '/shipping/batches/:alias/items',
    tokens: [{"old":"/shipping/batches/:alias/items","type":0,"val":"shipping","end":""},{"old":"/shipping/batches/:alias/items","type":0,"val":"batches","end":""},{"old":"/shipping/batches/:alias/items","type":1,"val":"alias","end":""},{"old":"/shipping/batches/:alias/items","type":0,"val":"items","end":""}],
    types: placeholder as Registry['shipping.batches.add_items']['types'],
  },
  'shipping.batches.remove_item': {
    methods: ["DELETE"],
    pattern: '/shipping/batches/:alias/items/:tracking_number',
    tokens: [{"old":"/shipping/batches/:alias/items/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/shipping/batches/:alias/items/:tracking_number","type":0,"val":"batches","end":""},{"old":"/shipping/batches/:alias/items/:tracking_number","type":1,"val":"alias","end":""},{"old":"/shipping/batches/:alias/items/:tracking_number","type":0,"val":"items","end":""},{"old":"/shipping/batches/:alias/items/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['shipping.batches.remove_item']['types'],
  },
  'shipping.transports.index': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/transports',
    tokens: [{"old":"/shipping/transports","type":0,"val":"shipping","end":""},{"old":"/shipping/transports","type":0,"val":"transports","end":""}],
    types: placeholder as Registry['shipping.transports.index']['types'],
  },
  'shipping.transports.store': {
    methods: ["POST"],
    pattern: '/shipping/transports',
    tokens: [{"old":"/shipping/transports","type":0,"val":"shipping","end":""},{"old":"/shipping/transports","type":0,"val":"transports","end":""}],
    types: placeholder as Registry['shipping.transports.store']['types'],
  },
  'shipping.transports.drivers': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/transports/drivers',
    tokens: [{"old":"/shipping/transports/drivers","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/drivers","type":0,"val":"transports","end":""},{"old":"/shipping/transports/drivers","type":0,"val":"drivers","end":""}],
    types: placeholder as Registry['shipping.transports.drivers']['types'],
  },
  'shipping.transports.show': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/transports/:uuid',
    tokens: [{"old":"/shipping/transports/:uuid","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/:uuid","type":0,"val":"transports","end":""},{"old":"/shipping/transports/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['shipping.transports.show']['types'],
  },
  'shipping.transports.loadable_batches': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/transports/:uuid/loadable-batches',
    tokens: [{"old":"/shipping/transports/:uuid/loadable-batches","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/:uuid/loadable-batches","type":0,"val":"transports","end":""},{"old":"/shipping/transports/:uuid/loadable-batches","type":1,"val":"uuid","end":""},{"old":"/shipping/transports/:uuid/loadable-batches","type":0,"val":"loadable-batches","end":""}],
    types: placeholder as Registry['shipping.transports.loadable_batches']['types'],
  },
  'shipping.transports.add_batches': {
    methods: ["POST"],
    pattern: '/shipping/transports/:uuid/batches',
    tokens: [{"old":"/shipping/transports/:uuid/batches","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/:uuid/batches","type":0,"val":"transports","end":""},{"old":"/shipping/transports/:uuid/batches","type":1,"val":"uuid","end":""},{"old":"/shipping/transports/:uuid/batches","type":0,"val":"batches","end":""}],
    types: placeholder as Registry['shipping.transports.add_batches']['types'],
  },
  'shipping.transports.assign': {
    methods: ["POST"],
    pattern: '/shipping/transports/:uuid/driver',
    tokens: [{"old":"/shipping/transports/:uuid/driver","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/:uuid/driver","type":0,"val":"transports","end":""},{"old":"/shipping/transports/:uuid/driver","type":1,"val":"uuid","end":""},{"old":"/shipping/transports/:uuid/driver","type":0,"val":"driver","end":""}],
    types: placeholder as Registry['shipping.transports.assign']['types'],
  },
  'shipping.transports.start': {
    methods: ["POST"],
    pattern: '/shipping/transports/:uuid/start',
    tokens: [{"old":"/shipping/transports/:uuid/start","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/:uuid/start","type":0,"val":"transports","end":""},{"old":"/shipping/transports/:uuid/start","type":1,"val":"uuid","end":""},{"old":"/shipping/transports/:uuid/start","type":0,"val":"start","end":""}],
    types: placeholder as Registry['shipping.transports.start']['types'],
  },
  'shipping.transports.complete': {
    methods: ["POST"],
    pattern: '/shipping/transports/:uuid/complete',
    tokens: [{"old":"/shipping/transports/:uuid/complete","type":0,"val":"shipping","end":""},{"old":"/shipping/transports/:uuid/complete","type":0,"val":"transports","end":""},{"old":"/shipping/transports/:uuid/complete","type":1,"val":"uuid","end":""},{"old":"/shipping/transports/:uuid/complete","type":0,"val":"complete","end":""}],
    types: placeholder as Registry['shipping.transports.complete']['types'],
  },
  'shipping.console': {
    methods: ["GET","HEAD"],
    pattern: '/console',
    tokens: [{"old":"/console","type":0,"val":"console","end":""}],
    types: placeholder as Registry['shipping.console']['types'],
  },
  'shipping.driver.index': {
    methods: ["GET","HEAD"],
    pattern: '/driver',
    tokens: [{"old":"/driver","type":0,"val":"driver","end":""}],
    types: placeholder as Registry['shipping.driver.index']['types'],
  },
  'shipping.driver.show': {
    methods: ["GET","HEAD"],
    pattern: '/driver/transports/:uuid',
    tokens: [{"old":"/driver/transports/:uuid","type":0,"val":"driver","end":""},{"old":"/driver/transports/:uuid","type":0,"val":"transports","end":""},{"old":"/driver/transports/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['shipping.driver.show']['types'],
  },
  'shipping.driver.start': {
    methods: ["POST"],
    pattern: '/driver/transports/:uuid/start',
    tokens: [{"old":"/driver/transports/:uuid/start","type":0,"val":"driver","end":""},{"old":"/driver/transports/:uuid/start","type":0,"val":"transports","end":""},{"old":"/driver/transports/:uuid/start","type":1,"val":"uuid","end":""},{"old":"/driver/transports/:uuid/start","type":0,"val":"start","end":""}],
    types: placeholder as Registry['shipping.driver.start']['types'],
  },
  'shipping.driver.arrival': {
    methods: ["GET","HEAD"],
    pattern: '/driver/transports/:uuid/complete',
    tokens: [{"old":"/driver/transports/:uuid/complete","type":0,"val":"driver","end":""},{"old":"/driver/transports/:uuid/complete","type":0,"val":"transports","end":""},{"old":"/driver/transports/:uuid/complete","type":1,"val":"uuid","end":""},{"old":"/driver/transports/:uuid/complete","type":0,"val":"complete","end":""}],
    types: placeholder as Registry['shipping.driver.arrival']['types'],
  },
  'shipping.driver.complete': {
    methods: ["POST"],
    pattern: '/driver/transports/:uuid/complete',
    tokens: [{"old":"/driver/transports/:uuid/complete","type":0,"val":"driver","end":""},{"old":"/driver/transports/:uuid/complete","type":0,"val":"transports","end":""},{"old":"/driver/transports/:uuid/complete","type":1,"val":"uuid","end":""},{"old":"/driver/transports/:uuid/complete","type":0,"val":"complete","end":""}],
    types: placeholder as Registry['shipping.driver.complete']['types'],
  },
  'auth.login.show': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['auth.login.show']['types'],
  },
  'auth.login': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['auth.login']['types'],
  },
  'auth.login.two_factor.show': {
    methods: ["GET","HEAD"],
    pattern: '/login/two-factor',
    tokens: [{"old":"/login/two-factor","type":0,"val":"login","end":""},{"old":"/login/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['auth.login.two_factor.show']['types'],
  },
  'auth.login.two_factor': {
    methods: ["POST"],
    pattern: '/login/two-factor',
    tokens: [{"old":"/login/two-factor","type":0,"val":"login","end":""},{"old":"/login/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['auth.login.two_factor']['types'],
  },
  'auth.driver_login.show': {
    methods: ["GET","HEAD"],
    pattern: '/driver/login',
    tokens: [{"old":"/driver/login","type":0,"val":"driver","end":""},{"old":"/driver/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['auth.driver_login.show']['types'],
  },
  'auth.driver_login.code': {
    methods: ["POST"],
    pattern: '/driver/login/code',
    tokens: [{"old":"/driver/login/code","type":0,"val":"driver","end":""},{"old":"/driver/login/code","type":0,"val":"login","end":""},{"old":"/driver/login/code","type":0,"val":"code","end":""}],
    types: placeholder as Registry['auth.driver_login.code']['types'],
  },
  'auth.driver_login': {
    methods: ["POST"],
    pattern: '/driver/login',
    tokens: [{"old":"/driver/login","type":0,"val":"driver","end":""},{"old":"/driver/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['auth.driver_login']['types'],
  },
  'auth.driver_login.restart': {
    methods: ["POST"],
    pattern: '/driver/login/restart',
    tokens: [{"old":"/driver/login/restart","type":0,"val":"driver","end":""},{"old":"/driver/login/restart","type":0,"val":"login","end":""},{"old":"/driver/login/restart","type":0,"val":"restart","end":""}],
    types: placeholder as Registry['auth.driver_login.restart']['types'],
  },
  'auth.logout': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['auth.logout']['types'],
  },
  'auth.two_factor.show': {
    methods: ["GET","HEAD"],
    pattern: '/auth/two-factor',
    tokens: [{"old":"/auth/two-factor","type":0,"val":"auth","end":""},{"old":"/auth/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['auth.two_factor.show']['types'],
  },
  'auth.two_factor.start': {
    methods: ["POST"],
    pattern: '/auth/two-factor/enrolment',
    tokens: [{"old":"/auth/two-factor/enrolment","type":0,"val":"auth","end":""},{"old":"/auth/two-factor/enrolment","type":0,"val":"two-factor","end":""},{"old":"/auth/two-factor/enrolment","type":0,"val":"enrolment","end":""}],
    types: placeholder as Registry['auth.two_factor.start']['types'],
  },
  'auth.two_factor.cancel': {
    methods: ["DELETE"],
    pattern: '/auth/two-factor/enrolment',
    tokens: [{"old":"/auth/two-factor/enrolment","type":0,"val":"auth","end":""},{"old":"/auth/two-factor/enrolment","type":0,"val":"two-factor","end":""},{"old":"/auth/two-factor/enrolment","type":0,"val":"enrolment","end":""}],
    types: placeholder as Registry['auth.two_factor.cancel']['types'],
  },
  'auth.two_factor.confirm': {
    methods: ["POST"],
    pattern: '/auth/two-factor/enrolment/confirm',
    tokens: [{"old":"/auth/two-factor/enrolment/confirm","type":0,"val":"auth","end":""},{"old":"/auth/two-factor/enrolment/confirm","type":0,"val":"two-factor","end":""},{"old":"/auth/two-factor/enrolment/confirm","type":0,"val":"enrolment","end":""},{"old":"/auth/two-factor/enrolment/confirm","type":0,"val":"confirm","end":""}],
    types: placeholder as Registry['auth.two_factor.confirm']['types'],
  },
  'auth.two_factor.recovery_codes': {
    methods: ["POST"],
    pattern: '/auth/two-factor/recovery-codes',
    tokens: [{"old":"/auth/two-factor/recovery-codes","type":0,"val":"auth","end":""},{"old":"/auth/two-factor/recovery-codes","type":0,"val":"two-factor","end":""},{"old":"/auth/two-factor/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['auth.two_factor.recovery_codes']['types'],
  },
  'auth.two_factor.disable': {
    methods: ["DELETE"],
    pattern: '/auth/two-factor',
    tokens: [{"old":"/auth/two-factor","type":0,"val":"auth","end":""},{"old":"/auth/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['auth.two_factor.disable']['types'],
  },
  'auth.api_keys.index': {
    methods: ["GET","HEAD"],
    pattern: '/auth/api-keys',
    tokens: [{"old":"/auth/api-keys","type":0,"val":"auth","end":""},{"old":"/auth/api-keys","type":0,"val":"api-keys","end":""}],
    types: placeholder as Registry['auth.api_keys.index']['types'],
  },
  'auth.api_keys.store': {
    methods: ["POST"],
    pattern: '/auth/api-keys',
    tokens: [{"old":"/auth/api-keys","type":0,"val":"auth","end":""},{"old":"/auth/api-keys","type":0,"val":"api-keys","end":""}],
    types: placeholder as Registry['auth.api_keys.store']['types'],
  },
  'auth.api_keys.owners': {
    methods: ["GET","HEAD"],
    pattern: '/auth/api-keys/owners',
    tokens: [{"old":"/auth/api-keys/owners","type":0,"val":"auth","end":""},{"old":"/auth/api-keys/owners","type":0,"val":"api-keys","end":""},{"old":"/auth/api-keys/owners","type":0,"val":"owners","end":""}],
    types: placeholder as Registry['auth.api_keys.owners']['types'],
  },
  'auth.api_keys.destroy': {
    methods: ["DELETE"],
    pattern: '/auth/api-keys/:prefix',
    tokens: [{"old":"/auth/api-keys/:prefix","type":0,"val":"auth","end":""},{"old":"/auth/api-keys/:prefix","type":0,"val":"api-keys","end":""},{"old":"/auth/api-keys/:prefix","type":1,"val":"prefix","end":""}],
    types: placeholder as Registry['auth.api_keys.destroy']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
