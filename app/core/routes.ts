import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import env from '#start/env'
import { middleware } from '#start/kernel'

const HealthController = () => import('#core/http/health_controller')
const ApiDocsController = () => import('#core/http/api_docs_controller')
const MetricsController = () => import('#core/http/metrics_controller')
const QueuesController = () => import('#core/http/queues_controller')
const LiveController = () => import('#core/http/live_controller')

router.get('/api/healthcheck', [HealthController, 'healthcheck']).as('api.core.healthcheck')
router.get('/health/live', [HealthController, 'live']).as('core.health.live')
router.get('/health/ready', [HealthController, 'ready']).as('core.health.ready')

router.get('/metrics', [MetricsController, 'show']).as('core.metrics')

router.on('/').renderInertia('core/home', {}).as('core.home')

/**
 * The API reference: open in development, staff only elsewhere (unless
 * API_DOCS_PUBLIC says otherwise).
 */
const docsArePublic = env.get('API_DOCS_PUBLIC') ?? app.inDev
router
  .group(() => {
    router.get('/', [ApiDocsController, 'page']).as('page')
    router.get('/openapi.json', [ApiDocsController, 'document']).as('document')
    router.get('/assets/renderer.js', [ApiDocsController, 'renderer']).as('renderer')
    router.get('/assets/start.js', [ApiDocsController, 'start']).as('start')
  })
  .prefix('/api/docs')
  .as('api.docs')
  .use(docsArePublic ? [] : [middleware.authenticated({ userType: 'STAFF', loginPath: '/login' })])

/**
 * The console's queues screen: staff look, administrators retry (QueuesPolicy).
 */
router
  .group(() => {
    router.get('/', [QueuesController, 'index']).as('index')
    router.post('/retry', [QueuesController, 'retry']).as('retry')
  })
  .prefix('/queues')
  .as('core.queues')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))

/**
 * Live updates over Server-Sent Events (Transmit's browser client calls
 * these paths): signed-in people only, checked by the controller.
 */
router
  .group(() => {
    router.get('/events', [LiveController, 'events']).as('events')
    router.post('/subscribe', [LiveController, 'subscribe']).as('subscribe')
    router.post('/unsubscribe', [LiveController, 'unsubscribe']).as('unsubscribe')
  })
  .prefix('/__transmit')
  .as('core.live')
