import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { codeMatcher } from '#core/validation/code'

const ItemsController = () => import('#shipping/controllers/api/items_controller')
const BatchesController = () => import('#shipping/controllers/api/batches_controller')
const TransportsController = () => import('#shipping/controllers/api/transports_controller')
const DriverTransportsController = () =>
  import('#shipping/controllers/api/driver_transports_controller')

/** Tracking numbers and aliases: the format their validators accept (#core/validation/code). */
const CODE = codeMatcher()

router
  .group(() => {
    router
      .group(() => {
        router.get('/', [ItemsController, 'index']).as('index')
        router.post('/', [ItemsController, 'store']).as('store')
        router.get('/:tracking_number', [ItemsController, 'show']).as('show')
        router.put('/:tracking_number', [ItemsController, 'update']).as('replace')
        router.patch('/:tracking_number', [ItemsController, 'update']).as('update')
        router.delete('/:tracking_number', [ItemsController, 'destroy']).as('destroy')
        router.post('/:tracking_number/report', [ItemsController, 'report']).as('report')
        router.get('/:tracking_number/events', [ItemsController, 'events']).as('events')
      })
      .prefix('/shippingitems')
      .as('items')
      .where('tracking_number', CODE)

    router
      .group(() => {
        router.get('/', [BatchesController, 'index']).as('index')
        router.post('/', [BatchesController, 'store']).as('store')
        router.get('/:alias', [BatchesController, 'show']).as('show')
        router.put('/:alias', [BatchesController, 'update']).as('replace')
        router.patch('/:alias', [BatchesController, 'update']).as('update')
        router.delete('/:alias', [BatchesController, 'destroy']).as('destroy')
        router.get('/:alias/shippingitems', [BatchesController, 'items']).as('items')
        router.post('/:alias/add', [BatchesController, 'add']).as('add')
      })
      .prefix('/batches')
      .as('batches')
      .where('alias', CODE)

    router
      .group(() => {
        router.get('/', [TransportsController, 'index']).as('index')
        router.post('/', [TransportsController, 'store']).as('store')
        router.get('/:uuid', [TransportsController, 'show']).as('show')
        router.put('/:uuid', [TransportsController, 'update']).as('replace')
        router.patch('/:uuid', [TransportsController, 'update']).as('update')
        router.delete('/:uuid', [TransportsController, 'destroy']).as('destroy')
        router.get('/:uuid/batches', [TransportsController, 'batches']).as('batches')
        router.post('/:uuid/add', [TransportsController, 'add']).as('add')
        router.post('/:uuid/assign', [TransportsController, 'assign']).as('assign')
        router.post('/:uuid/start', [TransportsController, 'start']).as('start')
        router.post('/:uuid/complete', [TransportsController, 'complete']).as('complete')
        router.post('/:uuid/proofs', [TransportsController, 'proofs']).as('proofs')
      })
      .prefix('/transports')
      .as('transports')
      .where('uuid', router.matchers.uuid())

    router
      .get('/driver/transports', [DriverTransportsController, 'index'])
      .as('driver.transports.index')
  })
  .prefix('/api/v1/shipping')
  .as('api.shipping')
  .use(middleware.authenticated())

const HomeController = () => import('#shipping/controllers/web/home_controller')
const WebItemsController = () => import('#shipping/controllers/web/items_controller')
const DashboardController = () => import('#shipping/controllers/web/dashboard_controller')
const SearchController = () => import('#shipping/controllers/web/search_controller')
const WebTransportsController = () => import('#shipping/controllers/web/transports_controller')
const WebBatchesController = () => import('#shipping/controllers/web/batches_controller')
const DriverAppController = () => import('#shipping/controllers/web/driver_app_controller')

/** Console screens (staff). */
router
  .get('/shipping/items', [WebItemsController, 'index'])
  .as('shipping.items.index')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

/** Where staff land after signing in; its widgets load as deferred props. */
router
  .get('/dashboard', [DashboardController, 'show'])
  .as('shipping.dashboard')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

/** The console's global search: jumps to an item, batch or transport. */
router
  .get('/search', [SearchController, 'show'])
  .as('shipping.search')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

/** The console's first address, kept for bookmarks: the dashboard. */
router
  .group(() => {
    router.get('/create', [WebItemsController, 'create']).as('create')
    router.post('/', [WebItemsController, 'store']).as('store')
    router
      .group(() => {
        router.get('/:tracking_number', [WebItemsController, 'show']).as('show')
        router.get('/:tracking_number/edit', [WebItemsController, 'edit']).as('edit')
        router.put('/:tracking_number', [WebItemsController, 'update']).as('update')
        router.post('/:tracking_number/report', [WebItemsController, 'report']).as('report')
        router.delete('/:tracking_number', [WebItemsController, 'destroy']).as('destroy')
      })
      .where('tracking_number', CODE)
  })
  .prefix('/shipping/items')
  .as('shipping.items')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

router
  .group(() => {
    router.get('/', [WebBatchesController, 'index']).as('index')
    router.post('/', [WebBatchesController, 'store']).as('store')
    router
      .group(() => {
        router.get('/:alias', [WebBatchesController, 'show']).as('show')
        router.post('/:alias/items', [WebBatchesController, 'addItems']).as('add_items')
        router
          .delete('/:alias/items/:tracking_number', [WebBatchesController, 'removeItem'])
          .as('remove_item')
      })
      .where('alias', CODE)
      .where('tracking_number', CODE)
  })
  .prefix('/shipping/batches')
  .as('shipping.batches')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

router
  .group(() => {
    router.get('/', [WebTransportsController, 'index']).as('index')
    router.post('/', [WebTransportsController, 'store']).as('store')
    router.get('/drivers', [WebTransportsController, 'drivers']).as('drivers')
    router.get('/:uuid', [WebTransportsController, 'show']).as('show')
    router
      .get('/:uuid/loadable-batches', [WebTransportsController, 'loadableBatches'])
      .as('loadable_batches')
    router.post('/:uuid/batches', [WebTransportsController, 'addBatches']).as('add_batches')
    router.post('/:uuid/driver', [WebTransportsController, 'assign']).as('assign')
    router.post('/:uuid/start', [WebTransportsController, 'start']).as('start')
    router.post('/:uuid/complete', [WebTransportsController, 'complete']).as('complete')
  })
  .prefix('/shipping/transports')
  .as('shipping.transports')
  .where('uuid', router.matchers.uuid())
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

router
  .get('/console', [HomeController, 'console'])
  .as('shipping.console')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))
/** The driver app (phones): the driver's own transports, start and complete. */
router
  .group(() => {
    router.get('/', [DriverAppController, 'index']).as('index')
    router
      .group(() => {
        router.get('/:uuid', [DriverAppController, 'show']).as('show')
        router.post('/:uuid/start', [DriverAppController, 'start']).as('start')
        router.get('/:uuid/complete', [DriverAppController, 'arrival']).as('arrival')
        router.post('/:uuid/complete', [DriverAppController, 'complete']).as('complete')
      })
      .prefix('/transports')
      .where('uuid', router.matchers.uuid())
  })
  .prefix('/driver')
  .as('shipping.driver')
  .use(middleware.authenticated({ userType: 'DRIVER', loginPath: '/driver/login' }))
