/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
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
  'core.queues.index': {
    methods: ["GET","HEAD"]
    pattern: '/queues'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/queues_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/queues_controller').default['index']>>>
    }
  }
  'core.queues.retry': {
    methods: ["POST"]
    pattern: '/queues/retry'
    types: {
      body: ExtractBody<InferInput<(typeof import('#core/validation/queue_retry').queueRetryValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#core/validation/queue_retry').queueRetryValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#core/http/queues_controller').default['retry']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#core/http/queues_controller').default['retry']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'users.drivers.index': {
    methods: ["GET","HEAD"]
    pattern: '/users/drivers'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['drivers']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['drivers']>>>
    }
  }
  'users.drivers.store': {
    methods: ["POST"]
    pattern: '/users/drivers'
    types: {
      body: ExtractBody<InferInput<(typeof import('#users/validators/people_validators').newDriverValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#users/validators/people_validators').newDriverValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['storeDriver']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['storeDriver']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'users.drivers.deactivate': {
    methods: ["POST"]
    pattern: '/users/drivers/:uuid/deactivate'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['deactivate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['deactivate']>>>
    }
  }
  'users.drivers.ban': {
    methods: ["POST"]
    pattern: '/users/drivers/:uuid/ban'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['ban']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['ban']>>>
    }
  }
  'users.staff.index': {
    methods: ["GET","HEAD"]
    pattern: '/users/staff'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['staff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['staff']>>>
    }
  }
  'users.staff.store': {
    methods: ["POST"]
    pattern: '/users/staff'
    types: {
      body: ExtractBody<InferInput<(typeof import('#users/validators/people_validators').newStaffValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#users/validators/people_validators').newStaffValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['storeStaff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['storeStaff']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'users.staff.deactivate': {
    methods: ["POST"]
    pattern: '/users/staff/:uuid/deactivate'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['deactivate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['deactivate']>>>
    }
  }
  'users.staff.ban': {
    methods: ["POST"]
    pattern: '/users/staff/:uuid/ban'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['ban']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#users/controllers/web/people_controller').default['ban']>>>
    }
  }
  'distribution.centers.index': {
    methods: ["GET","HEAD"]
    pattern: '/distribution/centers'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#distribution/validators/list_validators').listCentersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'distribution.centers.create': {
    methods: ["GET","HEAD"]
    pattern: '/distribution/centers/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['create']>>>
    }
  }
  'distribution.centers.store': {
    methods: ["POST"]
    pattern: '/distribution/centers'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'distribution.centers.show': {
    methods: ["GET","HEAD"]
    pattern: '/distribution/centers/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#distribution/validators/center_validators').staffSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'distribution.centers.update': {
    methods: ["PUT"]
    pattern: '/distribution/centers/:uuid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'distribution.centers.destroy': {
    methods: ["DELETE"]
    pattern: '/distribution/centers/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['destroy']>>>
    }
  }
  'distribution.centers.staff.add': {
    methods: ["POST"]
    pattern: '/distribution/centers/:uuid/staff'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['addStaff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['addStaff']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'distribution.centers.staff.remove': {
    methods: ["DELETE"]
    pattern: '/distribution/centers/:uuid/staff/:user_uuid'
    types: {
      body: ExtractBody<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { uuid: ParamValue; user_uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#distribution/validators/center_validators').centerStaffValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['removeStaff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#distribution/controllers/web/centers_controller').default['removeStaff']>>> | { status: 422; response: { errors: SimpleError[] } }
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
  'shipping.dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/dashboard'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/dashboard_controller').default['show']>>>
    }
  }
  'shipping.search': {
    methods: ["GET","HEAD"]
    pattern: '/search'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/search_validators').searchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/search_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/search_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.items.create': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/items/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['create']>>>
    }
  }
  'shipping.items.store': {
    methods: ["POST"]
    pattern: '/shipping/items'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').createItemValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').createItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.items.show': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/items/:tracking_number'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').itemTimelineValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.items.edit': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/items/:tracking_number/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['edit']>>>
    }
  }
  'shipping.items.update': {
    methods: ["PUT"]
    pattern: '/shipping/items/:tracking_number'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').changeItemValidator)>>
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').changeItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.items.report': {
    methods: ["POST"]
    pattern: '/shipping/items/:tracking_number/report'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').reportItemValidator)>>
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').reportItemValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['report']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['report']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.items.destroy': {
    methods: ["DELETE"]
    pattern: '/shipping/items/:tracking_number'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { tracking_number: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/items_controller').default['destroy']>>>
    }
  }
  'shipping.batches.index': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/batches'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listBatchesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.batches.store': {
    methods: ["POST"]
    pattern: '/shipping/batches'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['store']>>>
    }
  }
  'shipping.batches.show': {
    methods: ["GET","HEAD"]
    pattern: '/shipping/batches/:alias'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').listItemsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['show']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.batches.add_items': {
    methods: ["POST"]
    pattern: '/shipping/batches/:alias/items'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').addItemsFormValidator)>>
      paramsTuple: [ParamValue]
      params: { alias: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').addItemsFormValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['addItems']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['addItems']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.batches.remove_item': {
    methods: ["DELETE"]
    pattern: '/shipping/batches/:alias/items/:tracking_number'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { alias: ParamValue; tracking_number: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['removeItem']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/batches_controller').default['removeItem']>>>
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
  'shipping.driver.index': {
    methods: ["GET","HEAD"]
    pattern: '/driver'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#shipping/validators/list_validators').driverTransportsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'shipping.driver.show': {
    methods: ["GET","HEAD"]
    pattern: '/driver/transports/:uuid'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['show']>>>
    }
  }
  'shipping.driver.start': {
    methods: ["POST"]
    pattern: '/driver/transports/:uuid/start'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['start']>>>
    }
  }
  'shipping.driver.arrival': {
    methods: ["GET","HEAD"]
    pattern: '/driver/transports/:uuid/complete'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['arrival']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['arrival']>>>
    }
  }
  'shipping.driver.complete': {
    methods: ["POST"]
    pattern: '/driver/transports/:uuid/complete'
    types: {
      body: ExtractBody<InferInput<(typeof import('#shipping/validators/shipping_validators').deliveryProofValidator)>>
      paramsTuple: [ParamValue]
      params: { uuid: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#shipping/validators/shipping_validators').deliveryProofValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['complete']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#shipping/controllers/web/driver_app_controller').default['complete']>>> | { status: 422; response: { errors: SimpleError[] } }
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
  'auth.login.two_factor.show': {
    methods: ["GET","HEAD"]
    pattern: '/login/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['showSecondFactor']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['showSecondFactor']>>>
    }
  }
  'auth.login.two_factor': {
    methods: ["POST"]
    pattern: '/login/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/second_factor_validators').secondFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/second_factor_validators').secondFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['secondFactorLogin']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/session_controller').default['secondFactorLogin']>>> | { status: 422; response: { errors: SimpleError[] } }
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
  'auth.two_factor.show': {
    methods: ["GET","HEAD"]
    pattern: '/auth/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['show']>>>
    }
  }
  'auth.two_factor.start': {
    methods: ["POST"]
    pattern: '/auth/two-factor/enrolment'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['start']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['start']>>>
    }
  }
  'auth.two_factor.cancel': {
    methods: ["DELETE"]
    pattern: '/auth/two-factor/enrolment'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['cancel']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['cancel']>>>
    }
  }
  'auth.two_factor.confirm': {
    methods: ["POST"]
    pattern: '/auth/two-factor/enrolment/confirm'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/second_factor_validators').secondFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/second_factor_validators').secondFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['confirm']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['confirm']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.two_factor.recovery_codes': {
    methods: ["POST"]
    pattern: '/auth/two-factor/recovery-codes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/second_factor_validators').secondFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/second_factor_validators').secondFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['regenerate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['regenerate']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.two_factor.disable': {
    methods: ["DELETE"]
    pattern: '/auth/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/second_factor_validators').disableSecondFactorValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/second_factor_validators').disableSecondFactorValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['disable']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/two_factor_controller').default['disable']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.api_keys.index': {
    methods: ["GET","HEAD"]
    pattern: '/auth/api-keys'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#auth/validators/api_key_validators').listApiKeysValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.api_keys.store': {
    methods: ["POST"]
    pattern: '/auth/api-keys'
    types: {
      body: ExtractBody<InferInput<(typeof import('#auth/validators/api_key_validators').newApiKeyValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#auth/validators/api_key_validators').newApiKeyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.api_keys.owners': {
    methods: ["GET","HEAD"]
    pattern: '/auth/api-keys/owners'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#auth/validators/api_key_validators').ownerSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['owners']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['owners']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'auth.api_keys.destroy': {
    methods: ["DELETE"]
    pattern: '/auth/api-keys/:prefix'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { prefix: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#auth/controllers/web/api_keys_controller').default['destroy']>>>
    }
  }
}
