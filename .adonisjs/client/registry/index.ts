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
  'api.core.healthcheck': {
    methods: ["GET","HEAD"],
    pattern: '/api/healthcheck',
    tokens: [{"old":"/api/healthcheck","type":0,"val":"api","end":""},{"old":"/api/healthcheck","type":0,"val":"healthcheck","end":""}],
    types: placeholder as Registry['api.core.healthcheck']['types'],
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
  'api.users.self.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/user/users/self/profile',
    tokens: [{"old":"/api/v1/user/users/self/profile","type":0,"val":"api","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"v1","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"user","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"users","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"self","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['api.users.self.show']['types'],
  },
  'api.users.self.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/user/users/self/profile',
    tokens: [{"old":"/api/v1/user/users/self/profile","type":0,"val":"api","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"v1","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"user","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"users","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"self","end":""},{"old":"/api/v1/user/users/self/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['api.users.self.update']['types'],
  },
  'api.users.lookup': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/user/users/:uuid',
    tokens: [{"old":"/api/v1/user/users/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/user/users/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/user/users/:uuid","type":0,"val":"user","end":""},{"old":"/api/v1/user/users/:uuid","type":0,"val":"users","end":""},{"old":"/api/v1/user/users/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.users.lookup']['types'],
  },
  'users.console': {
    methods: ["GET","HEAD"],
    pattern: '/console',
    tokens: [{"old":"/console","type":0,"val":"console","end":""}],
    types: placeholder as Registry['users.console']['types'],
  },
  'users.driver': {
    methods: ["GET","HEAD"],
    pattern: '/driver',
    tokens: [{"old":"/driver","type":0,"val":"driver","end":""}],
    types: placeholder as Registry['users.driver']['types'],
  },
  'api.auth.phonenumber.check': {
    methods: ["POST"],
    pattern: '/api/v1/auth/phonenumber/check',
    tokens: [{"old":"/api/v1/auth/phonenumber/check","type":0,"val":"api","end":""},{"old":"/api/v1/auth/phonenumber/check","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/phonenumber/check","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/phonenumber/check","type":0,"val":"phonenumber","end":""},{"old":"/api/v1/auth/phonenumber/check","type":0,"val":"check","end":""}],
    types: placeholder as Registry['api.auth.phonenumber.check']['types'],
  },
  'api.auth.signin': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signin',
    tokens: [{"old":"/api/v1/auth/signin","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signin","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signin","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signin","type":0,"val":"signin","end":""}],
    types: placeholder as Registry['api.auth.signin']['types'],
  },
  'api.auth.signin.token_confirm': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signin/token_confirm',
    tokens: [{"old":"/api/v1/auth/signin/token_confirm","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signin/token_confirm","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signin/token_confirm","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signin/token_confirm","type":0,"val":"signin","end":""},{"old":"/api/v1/auth/signin/token_confirm","type":0,"val":"token_confirm","end":""}],
    types: placeholder as Registry['api.auth.signin.token_confirm']['types'],
  },
  'api.auth.signup.token_confirm': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signup/token_confirm',
    tokens: [{"old":"/api/v1/auth/signup/token_confirm","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signup/token_confirm","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signup/token_confirm","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signup/token_confirm","type":0,"val":"signup","end":""},{"old":"/api/v1/auth/signup/token_confirm","type":0,"val":"token_confirm","end":""}],
    types: placeholder as Registry['api.auth.signup.token_confirm']['types'],
  },
  'api.auth.signup': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signup',
    tokens: [{"old":"/api/v1/auth/signup","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signup","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signup","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signup","type":0,"val":"signup","end":""}],
    types: placeholder as Registry['api.auth.signup']['types'],
  },
  'api.auth.token.refresh': {
    methods: ["POST"],
    pattern: '/api/v1/auth/token/refresh',
    tokens: [{"old":"/api/v1/auth/token/refresh","type":0,"val":"api","end":""},{"old":"/api/v1/auth/token/refresh","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/token/refresh","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/token/refresh","type":0,"val":"token","end":""},{"old":"/api/v1/auth/token/refresh","type":0,"val":"refresh","end":""}],
    types: placeholder as Registry['api.auth.token.refresh']['types'],
  },
  'api.auth.token.verify': {
    methods: ["POST"],
    pattern: '/api/v1/auth/token/verify',
    tokens: [{"old":"/api/v1/auth/token/verify","type":0,"val":"api","end":""},{"old":"/api/v1/auth/token/verify","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/token/verify","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/token/verify","type":0,"val":"token","end":""},{"old":"/api/v1/auth/token/verify","type":0,"val":"verify","end":""}],
    types: placeholder as Registry['api.auth.token.verify']['types'],
  },
  'api.auth.signin.token_request': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signin/token_request',
    tokens: [{"old":"/api/v1/auth/signin/token_request","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signin/token_request","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signin/token_request","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signin/token_request","type":0,"val":"signin","end":""},{"old":"/api/v1/auth/signin/token_request","type":0,"val":"token_request","end":""}],
    types: placeholder as Registry['api.auth.signin.token_request']['types'],
  },
  'api.auth.signup.token_request': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signup/token_request',
    tokens: [{"old":"/api/v1/auth/signup/token_request","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signup/token_request","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signup/token_request","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signup/token_request","type":0,"val":"signup","end":""},{"old":"/api/v1/auth/signup/token_request","type":0,"val":"token_request","end":""}],
    types: placeholder as Registry['api.auth.signup.token_request']['types'],
  },
  'api.auth.signout': {
    methods: ["POST"],
    pattern: '/api/v1/auth/signout',
    tokens: [{"old":"/api/v1/auth/signout","type":0,"val":"api","end":""},{"old":"/api/v1/auth/signout","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/signout","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/signout","type":0,"val":"signout","end":""}],
    types: placeholder as Registry['api.auth.signout']['types'],
  },
  'api.auth.unregister': {
    methods: ["POST"],
    pattern: '/api/v1/auth/unregister',
    tokens: [{"old":"/api/v1/auth/unregister","type":0,"val":"api","end":""},{"old":"/api/v1/auth/unregister","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/unregister","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/unregister","type":0,"val":"unregister","end":""}],
    types: placeholder as Registry['api.auth.unregister']['types'],
  },
  'api.auth.api_key.self': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/auth/api_key',
    tokens: [{"old":"/api/v1/auth/api_key","type":0,"val":"api","end":""},{"old":"/api/v1/auth/api_key","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/api_key","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/api_key","type":0,"val":"api_key","end":""}],
    types: placeholder as Registry['api.auth.api_key.self']['types'],
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
