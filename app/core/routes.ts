import router from '@adonisjs/core/services/router'

const HealthController = () => import('#core/http/health_controller')

router.get('/api/healthcheck', [HealthController, 'healthcheck']).as('api.core.healthcheck')
router.get('/health/live', [HealthController, 'live']).as('core.health.live')
router.get('/health/ready', [HealthController, 'ready']).as('core.health.ready')

router.on('/').renderInertia('core/home', {}).as('core.home')
