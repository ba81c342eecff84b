/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'drive.fs.serve': {
    methods: ["GET","HEAD"],
    pattern: '/uploads/*',
    tokens: [{"old":"/uploads/*","type":0,"val":"uploads","end":""},{"old":"/uploads/*","type":2,"val":"*","end":""}],
    types: placeholder as Registry['drive.fs.serve']['types'],
  },
  'core.health.live': {
    methods: ["GET","HEAD"],
    pattern: '/health/live',
    tokens: [{"old":"/health/live","type":0,"val":"health","end":""},{"old":"/health/live","type":0,"val":"live","end":""}],
    types: placeholder as Registry['core.health.live']['types'],
  },
  'core.health.ready': {
    methods: ["GET","HEAD"],
    pattern: '/health/ready',
    tokens: [{"old":"/health/ready","type":0,"val":"health","end":""},{"old":"/health/ready","type":0,"val":"ready","end":""}],
    types: placeholder as Registry['core.health.ready']['types'],
  },
  'core.home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['core.home']['types'],
  },
  'shipping.items.index': {
    methods: ["GET","HEAD"],
    pattern: '/shipping/items',
    tokens: [{"old":"/shipping/items","type":0,"val":"shipping","end":""},{"old":"/shipping/items","type":0,"val":"items","end":""}],
    types: placeholder as Registry['shipping.items.index']['types'],
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
  'shipping.driver': {
    methods: ["GET","HEAD"],
    pattern: '/driver',
    tokens: [{"old":"/driver","type":0,"val":"driver","end":""}],
    types: placeholder as Registry['shipping.driver']['types'],
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
