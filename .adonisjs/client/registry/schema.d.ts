/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'drive.fs.serve': {
    methods: ["GET","HEAD"]
    pattern: '/uploads/*'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { '*': ParamValue[] }
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'core.health.live': {
    methods: ["GET","HEAD"]
    pattern: '/health/live'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/health_controller').default['live']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/health_controller').default['live']>>>
    }
  }
  'core.health.ready': {
    methods: ["GET","HEAD"]
    pattern: '/health/ready'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/health_controller').default['ready']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/health_controller').default['ready']>>>
    }
  }
  'core.home': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'shipping.items.index': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/items'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listItemsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.transports.index': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/transports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listTransportsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.transports.store': {
    methods: ["POST"]
    pattern: '/shipping/transports'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.transports.drivers': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/transports/drivers'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['drivers']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['drivers']>>>
    }
  }
  'shipping.transports.show': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/transports/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['show']>>>
    }
  }
  'shipping.transports.loadable_batches': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/transports/:uuid/loadable-batches'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['loadableBatches']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['loadableBatches']>>>
    }
  }
  'shipping.transports.add_batches': {
    methods: ["POST"]
    pattern: '/shipping/transports/:uuid/batches'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').addBatchesValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').addBatchesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['addBatches']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['addBatches']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.transports.assign': {
    methods: ["POST"]
    pattern: '/shipping/transports/:uuid/driver'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').assignDriverValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').assignDriverValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['assign']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['assign']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.transports.start': {
    methods: ["POST"]
    pattern: '/shipping/transports/:uuid/start'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['start']>>>
    }
  }
  'shipping.transports.complete': {
    methods: ["POST"]
    pattern: '/shipping/transports/:uuid/complete'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['complete']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/transports_controller').default['complete']>>>
    }
  }
  'shipping.console': {
    methods: ["GET","HEAD"]
    pattern: '/console'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/home_controller').default['console']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/home_controller').default['console']>>>
    }
  }
  'shipping.driver': {
    methods: ["GET","HEAD"]
    pattern: '/driver'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/home_controller').default['driver']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/home_controller').default['driver']>>>
    }
  }
  'auth.login.show': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['showStaffLogin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['showStaffLogin']>>>
    }
  }
  'auth.login': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').passwordSignInValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').passwordSignInValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['staffLogin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['staffLogin']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.driver_login.show': {
    methods: ["GET","HEAD"]
    pattern: '/driver/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['showDriverLogin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['showDriverLogin']>>>
    }
  }
  'auth.driver_login.code': {
    methods: ["POST"]
    pattern: '/driver/login/code'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/web_login_validators').driverCodeRequestValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/web_login_validators').driverCodeRequestValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['driverCodeRequest']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['driverCodeRequest']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.driver_login': {
    methods: ["POST"]
    pattern: '/driver/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/web_login_validators').driverLoginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/web_login_validators').driverLoginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['driverLogin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['driverLogin']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.driver_login.restart': {
    methods: ["POST"]
    pattern: '/driver/login/restart'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['driverRestart']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['driverRestart']>>>
    }
  }
  'auth.logout': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['logout']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['logout']>>>
    }
  }
}
