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
  'api.docs.page': {
    methods: ["GET","HEAD"],
    pattern: '/api/docs',
    tokens: [{"old":"/api/docs","type":0,"val":"api","end":""},{"old":"/api/docs","type":0,"val":"docs","end":""}],
    types: placeholder as Registry['api.docs.page']['types'],
  },
  'api.docs.document': {
    methods: ["GET","HEAD"],
    pattern: '/api/docs/openapi.json',
    tokens: [{"old":"/api/docs/openapi.json","type":0,"val":"api","end":""},{"old":"/api/docs/openapi.json","type":0,"val":"docs","end":""},{"old":"/api/docs/openapi.json","type":0,"val":"openapi.json","end":""}],
    types: placeholder as Registry['api.docs.document']['types'],
  },
  'api.docs.renderer': {
    methods: ["GET","HEAD"],
    pattern: '/api/docs/assets/renderer.js',
    tokens: [{"old":"/api/docs/assets/renderer.js","type":0,"val":"api","end":""},{"old":"/api/docs/assets/renderer.js","type":0,"val":"docs","end":""},{"old":"/api/docs/assets/renderer.js","type":0,"val":"assets","end":""},{"old":"/api/docs/assets/renderer.js","type":0,"val":"renderer.js","end":""}],
    types: placeholder as Registry['api.docs.renderer']['types'],
  },
  'api.docs.start': {
    methods: ["GET","HEAD"],
    pattern: '/api/docs/assets/start.js',
    tokens: [{"old":"/api/docs/assets/start.js","type":0,"val":"api","end":""},{"old":"/api/docs/assets/start.js","type":0,"val":"docs","end":""},{"old":"/api/docs/assets/start.js","type":0,"val":"assets","end":""},{"old":"/api/docs/assets/start.js","type":0,"val":"start.js","end":""}],
    types: placeholder as Registry['api.docs.start']['types'],
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
  'api.distribution.centers.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/distribution/centers',
    tokens: [{"old":"/api/v1/distribution/centers","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers","type":0,"val":"centers","end":""}],
    types: placeholder as Registry['api.distribution.centers.index']['types'],
  },
  'api.distribution.centers.store': {
    methods: ["POST"],
    pattern: '/api/v1/distribution/centers',
    tokens: [{"old":"/api/v1/distribution/centers","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers","type":0,"val":"centers","end":""}],
    types: placeholder as Registry['api.distribution.centers.store']['types'],
  },
  'api.distribution.centers.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/distribution/centers/:uuid',
    tokens: [{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.distribution.centers.show']['types'],
  },
  'api.distribution.centers.replace': {
    methods: ["PUT"],
    pattern: '/api/v1/distribution/centers/:uuid',
    tokens: [{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.distribution.centers.replace']['types'],
  },
  'api.distribution.centers.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/distribution/centers/:uuid',
    tokens: [{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.distribution.centers.update']['types'],
  },
  'api.distribution.centers.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/distribution/centers/:uuid',
    tokens: [{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":0,"val":"centers","end":""},{"old":"/api/v1/distribution/centers/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.distribution.centers.destroy']['types'],
  },
  'api.distribution.centers.staff.add': {
    methods: ["POST"],
    pattern: '/api/v1/distribution/centers/:uuid/staff',
    tokens: [{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"centers","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":1,"val":"uuid","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['api.distribution.centers.staff.add']['types'],
  },
  'api.distribution.centers.staff.remove': {
    methods: ["DELETE"],
    pattern: '/api/v1/distribution/centers/:uuid/staff',
    tokens: [{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"api","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"v1","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"distribution","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"centers","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":1,"val":"uuid","end":""},{"old":"/api/v1/distribution/centers/:uuid/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['api.distribution.centers.staff.remove']['types'],
  },
  'api.shipping.items.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/shippingitems',
    tokens: [{"old":"/api/v1/shipping/shippingitems","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems","type":0,"val":"shippingitems","end":""}],
    types: placeholder as Registry['api.shipping.items.index']['types'],
  },
  'api.shipping.items.store': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/shippingitems',
    tokens: [{"old":"/api/v1/shipping/shippingitems","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems","type":0,"val":"shippingitems","end":""}],
    types: placeholder as Registry['api.shipping.items.store']['types'],
  },
  'api.shipping.items.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/shippingitems/:tracking_number',
    tokens: [{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shippingitems","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['api.shipping.items.show']['types'],
  },
  'api.shipping.items.replace': {
    methods: ["PUT"],
    pattern: '/api/v1/shipping/shippingitems/:tracking_number',
    tokens: [{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shippingitems","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['api.shipping.items.replace']['types'],
  },
  'api.shipping.items.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/shipping/shippingitems/:tracking_number',
    tokens: [{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shippingitems","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['api.shipping.items.update']['types'],
  },
  'api.shipping.items.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/shipping/shippingitems/:tracking_number',
    tokens: [{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":0,"val":"shippingitems","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number","type":1,"val":"tracking_number","end":""}],
    types: placeholder as Registry['api.shipping.items.destroy']['types'],
  },
  'api.shipping.items.report': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/shippingitems/:tracking_number/report',
    tokens: [{"old":"/api/v1/shipping/shippingitems/:tracking_number/report","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/report","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/report","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/report","type":0,"val":"shippingitems","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/report","type":1,"val":"tracking_number","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/report","type":0,"val":"report","end":""}],
    types: placeholder as Registry['api.shipping.items.report']['types'],
  },
  'api.shipping.items.events': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/shippingitems/:tracking_number/events',
    tokens: [{"old":"/api/v1/shipping/shippingitems/:tracking_number/events","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/events","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/events","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/events","type":0,"val":"shippingitems","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/events","type":1,"val":"tracking_number","end":""},{"old":"/api/v1/shipping/shippingitems/:tracking_number/events","type":0,"val":"events","end":""}],
    types: placeholder as Registry['api.shipping.items.events']['types'],
  },
  'api.shipping.batches.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/batches',
    tokens: [{"old":"/api/v1/shipping/batches","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches","type":0,"val":"batches","end":""}],
    types: placeholder as Registry['api.shipping.batches.index']['types'],
  },
  'api.shipping.batches.store': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/batches',
    tokens: [{"old":"/api/v1/shipping/batches","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches","type":0,"val":"batches","end":""}],
    types: placeholder as Registry['api.shipping.batches.store']['types'],
  },
  'api.shipping.batches.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/batches/:alias',
    tokens: [{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"batches","end":""},{"old":"/api/v1/shipping/batches/:alias","type":1,"val":"alias","end":""}],
    types: placeholder as Registry['api.shipping.batches.show']['types'],
  },
  'api.shipping.batches.replace': {
    methods: ["PUT"],
    pattern: '/api/v1/shipping/batches/:alias',
    tokens: [{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"batches","end":""},{"old":"/api/v1/shipping/batches/:alias","type":1,"val":"alias","end":""}],
    types: placeholder as Registry['api.shipping.batches.replace']['types'],
  },
  'api.shipping.batches.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/shipping/batches/:alias',
    tokens: [{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"batches","end":""},{"old":"/api/v1/shipping/batches/:alias","type":1,"val":"alias","end":""}],
    types: placeholder as Registry['api.shipping.batches.update']['types'],
  },
  'api.shipping.batches.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/shipping/batches/:alias',
    tokens: [{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches/:alias","type":0,"val":"batches","end":""},{"old":"/api/v1/shipping/batches/:alias","type":1,"val":"alias","end":""}],
    types: placeholder as Registry['api.shipping.batches.destroy']['types'],
  },
  'api.shipping.batches.items': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/batches/:alias/shippingitems',
    tokens: [{"old":"/api/v1/shipping/batches/:alias/shippingitems","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches/:alias/shippingitems","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches/:alias/shippingitems","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches/:alias/shippingitems","type":0,"val":"batches","end":""},{"old":"/api/v1/shipping/batches/:alias/shippingitems","type":1,"val":"alias","end":""},{"old":"/api/v1/shipping/batches/:alias/shippingitems","type":0,"val":"shippingitems","end":""}],
    types: placeholder as Registry['api.shipping.batches.items']['types'],
  },
  'api.shipping.batches.add': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/batches/:alias/add',
    tokens: [{"old":"/api/v1/shipping/batches/:alias/add","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/batches/:alias/add","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/batches/:alias/add","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/batches/:alias/add","type":0,"val":"batches","end":""},{"old":"/api/v1/shipping/batches/:alias/add","type":1,"val":"alias","end":""},{"old":"/api/v1/shipping/batches/:alias/add","type":0,"val":"add","end":""}],
    types: placeholder as Registry['api.shipping.batches.add']['types'],
  },
  'api.shipping.transports.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/transports',
    tokens: [{"old":"/api/v1/shipping/transports","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports","type":0,"val":"transports","end":""}],
    types: placeholder as Registry['api.shipping.transports.index']['types'],
  },
  'api.shipping.transports.store': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/transports',
    tokens: [{"old":"/api/v1/shipping/transports","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports","type":0,"val":"transports","end":""}],
    types: placeholder as Registry['api.shipping.transports.store']['types'],
  },
  'api.shipping.transports.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/transports/:uuid',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.shipping.transports.show']['types'],
  },
  'api.shipping.transports.replace': {
    methods: ["PUT"],
    pattern: '/api/v1/shipping/transports/:uuid',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.shipping.transports.replace']['types'],
  },
  'api.shipping.transports.update': {
    methods: ["PATCH"],
    pattern: '/api/v1/shipping/transports/:uuid',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.shipping.transports.update']['types'],
  },
  'api.shipping.transports.destroy': {
    methods: ["DELETE"],
    pattern: '/api/v1/shipping/transports/:uuid',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid","type":1,"val":"uuid","end":""}],
    types: placeholder as Registry['api.shipping.transports.destroy']['types'],
  },
  'api.shipping.transports.batches': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/transports/:uuid/batches',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid/batches","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid/batches","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid/batches","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid/batches","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid/batches","type":1,"val":"uuid","end":""},{"old":"/api/v1/shipping/transports/:uuid/batches","type":0,"val":"batches","end":""}],
    types: placeholder as Registry['api.shipping.transports.batches']['types'],
  },
  'api.shipping.transports.add': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/transports/:uuid/add',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid/add","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid/add","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid/add","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid/add","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid/add","type":1,"val":"uuid","end":""},{"old":"/api/v1/shipping/transports/:uuid/add","type":0,"val":"add","end":""}],
    types: placeholder as Registry['api.shipping.transports.add']['types'],
  },
  'api.shipping.transports.assign': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/transports/:uuid/assign',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid/assign","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid/assign","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid/assign","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid/assign","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid/assign","type":1,"val":"uuid","end":""},{"old":"/api/v1/shipping/transports/:uuid/assign","type":0,"val":"assign","end":""}],
    types: placeholder as Registry['api.shipping.transports.assign']['types'],
  },
  'api.shipping.transports.start': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/transports/:uuid/start',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid/start","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid/start","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid/start","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid/start","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid/start","type":1,"val":"uuid","end":""},{"old":"/api/v1/shipping/transports/:uuid/start","type":0,"val":"start","end":""}],
    types: placeholder as Registry['api.shipping.transports.start']['types'],
  },
  'api.shipping.transports.complete': {
    methods: ["POST"],
    pattern: '/api/v1/shipping/transports/:uuid/complete',
    tokens: [{"old":"/api/v1/shipping/transports/:uuid/complete","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/transports/:uuid/complete","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/transports/:uuid/complete","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/transports/:uuid/complete","type":0,"val":"transports","end":""},{"old":"/api/v1/shipping/transports/:uuid/complete","type":1,"val":"uuid","end":""},{"old":"/api/v1/shipping/transports/:uuid/complete","type":0,"val":"complete","end":""}],
    types: placeholder as Registry['api.shipping.transports.complete']['types'],
  },
  'api.shipping.driver.transports.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/shipping/driver/transports',
    tokens: [{"old":"/api/v1/shipping/driver/transports","type":0,"val":"api","end":""},{"old":"/api/v1/shipping/driver/transports","type":0,"val":"v1","end":""},{"old":"/api/v1/shipping/driver/transports","type":0,"val":"shipping","end":""},{"old":"/api/v1/shipping/driver/transports","type":0,"val":"driver","end":""},{"old":"/api/v1/shipping/driver/transports","type":0,"val":"transports","end":""}],
    types: placeholder as Registry['api.shipping.driver.transports.index']['types'],
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
