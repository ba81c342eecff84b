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
  'api.core.healthcheck': {
    methods: ["GET","HEAD"]
    pattern: '/api/healthcheck'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/health_controller').default['healthcheck']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/health_controller').default['healthcheck']>>>
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
  'api.docs.page': {
    methods: ["GET","HEAD"]
    pattern: '/api/docs'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['page']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['page']>>>
    }
  }
  'api.docs.document': {
    methods: ["GET","HEAD"]
    pattern: '/api/docs/openapi.json'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['document']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['document']>>>
    }
  }
  'api.docs.renderer': {
    methods: ["GET","HEAD"]
    pattern: '/api/docs/assets/renderer.js'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['renderer']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['renderer']>>>
    }
  }
  'api.docs.start': {
    methods: ["GET","HEAD"]
    pattern: '/api/docs/assets/start.js'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/api_docs_controller').default['start']>>>
    }
  }
  'api.users.self.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/user/users/self/profile'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/api/profile_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/api/profile_controller').default['show']>>>
    }
  }
  'api.users.self.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/user/users/self/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#users/validators/profile_validator').updateProfileValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#users/validators/profile_validator').updateProfileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/api/profile_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/api/profile_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.users.lookup': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/user/users/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/api/profile_controller').default['lookup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/api/profile_controller').default['lookup']>>>
    }
  }
  'api.distribution.centers.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/distribution/centers'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#distribution/validators/list_validators').listCentersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.distribution.centers.store': {
    methods: ["POST"]
    pattern: '/api/v1/distribution/centers'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.distribution.centers.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/distribution/centers/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['show']>>>
    }
  }
  'api.distribution.centers.replace': {
    methods: ["PUT"]
    pattern: '/api/v1/distribution/centers/:uuid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>|InferInput<(typeof import('#distribution/validators/center_validators').centerChangesValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>|InferInput<(typeof import('#distribution/validators/center_validators').centerChangesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.distribution.centers.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/distribution/centers/:uuid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>|InferInput<(typeof import('#distribution/validators/center_validators').centerChangesValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>|InferInput<(typeof import('#distribution/validators/center_validators').centerChangesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.distribution.centers.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/distribution/centers/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['destroy']>>>
    }
  }
  'api.distribution.centers.staff.add': {
    methods: ["POST"]
    pattern: '/api/v1/distribution/centers/:uuid/staff'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['addStaff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['addStaff']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.distribution.centers.staff.remove': {
    methods: ["DELETE"]
    pattern: '/api/v1/distribution/centers/:uuid/staff'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['removeStaff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/api/centers_controller').default['removeStaff']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.items.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/shippingitems'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listItemsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.items.store': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/shippingitems'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').createItemValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').createItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.items.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/shippingitems/:tracking_number'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['show']>>>
    }
  }
  'api.shipping.items.replace': {
    methods: ["PUT"]
    pattern: '/api/v1/shipping/shippingitems/:tracking_number'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').changeItemValidator)>>
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').changeItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.items.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/shipping/shippingitems/:tracking_number'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').changeItemValidator)>>
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').changeItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.items.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/shipping/shippingitems/:tracking_number'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['destroy']>>>
    }
  }
  'api.shipping.items.report': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/shippingitems/:tracking_number/report'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').reportItemValidator)>>
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').reportItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['report']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['report']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.items.events': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/shippingitems/:tracking_number/events'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').itemTimelineValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['events']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/items_controller').default['events']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.batches.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/batches'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listBatchesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.batches.store': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/batches'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').createBatchValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').createBatchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.batches.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/batches/:alias'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['show']>>>
    }
  }
  'api.shipping.batches.replace': {
    methods: ["PUT"]
    pattern: '/api/v1/shipping/batches/:alias'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').changeBatchValidator)>>
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').changeBatchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.batches.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/shipping/batches/:alias'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').changeBatchValidator)>>
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').changeBatchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.batches.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/shipping/batches/:alias'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['destroy']>>>
    }
  }
  'api.shipping.batches.items': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/batches/:alias/shippingitems'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listItemsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['items']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['items']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.batches.add': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/batches/:alias/add'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').addItemsValidator)>>
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').addItemsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['add']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/batches_controller').default['add']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/transports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listTransportsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.store': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/transports'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/transports/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['show']>>>
    }
  }
  'api.shipping.transports.replace': {
    methods: ["PUT"]
    pattern: '/api/v1/shipping/transports/:uuid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>|InferInput<(typeof import('#shipping/validators/shipping_validators').transportChangesValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>|InferInput<(typeof import('#shipping/validators/shipping_validators').transportChangesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.update': {
    methods: ["PATCH"]
    pattern: '/api/v1/shipping/transports/:uuid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>|InferInput<(typeof import('#shipping/validators/shipping_validators').transportChangesValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').transportValidator)>|InferInput<(typeof import('#shipping/validators/shipping_validators').transportChangesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.destroy': {
    methods: ["DELETE"]
    pattern: '/api/v1/shipping/transports/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['destroy']>>>
    }
  }
  'api.shipping.transports.batches': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/transports/:uuid/batches'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listBatchesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['batches']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['batches']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.add': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/transports/:uuid/add'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').addBatchesValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').addBatchesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['add']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['add']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.assign': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/transports/:uuid/assign'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').assignDriverValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').assignDriverValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['assign']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['assign']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.start': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/transports/:uuid/start'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').startTransportValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').startTransportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['start']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.shipping.transports.complete': {
    methods: ["POST"]
    pattern: '/api/v1/shipping/transports/:uuid/complete'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['complete']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/transports_controller').default['complete']>>>
    }
  }
  'api.shipping.driver.transports.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/shipping/driver/transports'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listTransportsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/api/driver_transports_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/api/driver_transports_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
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
  'api.auth.phonenumber.check': {
    methods: ["POST"]
    pattern: '/api/v1/auth/phonenumber/check'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').phonenumberValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').phonenumberValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['check']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['check']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signin': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signin'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').passwordSignInValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').passwordSignInValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['signin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['signin']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signin.token_confirm': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signin/token_confirm'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').phoneCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').phoneCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signinCodeConfirm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signinCodeConfirm']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signup.token_confirm': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signup/token_confirm'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').phoneCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').phoneCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signupCodeConfirm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signupCodeConfirm']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signup': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signup'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').signUpValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').signUpValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signup']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.token.refresh': {
    methods: ["POST"]
    pattern: '/api/v1/auth/token/refresh'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').refreshValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').refreshValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['refresh']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['refresh']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.token.verify': {
    methods: ["POST"]
    pattern: '/api/v1/auth/token/verify'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').verifyTokenValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').verifyTokenValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['verify']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['verify']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signin.token_request': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signin/token_request'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').phonenumberValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').phonenumberValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signinCodeRequest']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signinCodeRequest']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signup.token_request': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signup/token_request'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').phonenumberValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').phonenumberValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signupCodeRequest']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/phone_auth_controller').default['signupCodeRequest']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.signout': {
    methods: ["POST"]
    pattern: '/api/v1/auth/signout'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/auth_validators').signOutValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/auth_validators').signOutValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['signout']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['signout']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.auth.unregister': {
    methods: ["POST"]
    pattern: '/api/v1/auth/unregister'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['unregister']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/tokens_controller').default['unregister']>>>
    }
  }
  'api.auth.api_key.self': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/auth/api_key'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/api/api_keys_controller').default['self']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/api/api_keys_controller').default['self']>>>
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
