import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const CentersController = () => import('#distribution/controllers/api/centers_controller')

router
  .group(() => {
    router.get('/centers', [CentersController, 'index']).as('centers.index')
    router.post('/centers', [CentersController, 'store']).as('centers.store')
    router
      .group(() => {
        router.get('/centers/:uuid', [CentersController, 'show']).as('centers.show')
        router.put('/centers/:uuid', [CentersController, 'update']).as('centers.replace')
        router.patch('/centers/:uuid', [CentersController, 'update']).as('centers.update')
        router.delete('/centers/:uuid', [CentersController, 'destroy']).as('centers.destroy')
        router.post('/centers/:uuid/staff', [CentersController, 'addStaff']).as('centers.staff.add')
        router
          .delete('/centers/:uuid/staff', [CentersController, 'removeStaff'])
          .as('centers.staff.remove')
      })
      .where('uuid', router.matchers.uuid())
  })
  .prefix('/api/v1/distribution')
  .as('api.distribution')
  .use(middleware.authenticated())

const WebCentersController = () => import('#distribution/controllers/web/centers_controller')

/** Console screens (staff; changes are for administrators, see CenterPolicy). */
router
  .group(() => {
    router.get('/', [WebCentersController, 'index']).as('index')
    router.get('/create', [WebCentersController, 'create']).as('create')
    router.post('/', [WebCentersController, 'store']).as('store')
    router
      .group(() => {
        router.get('/:uuid', [WebCentersController, 'show']).as('show')
        router.put('/:uuid', [WebCentersController, 'update']).as('update')
        router.delete('/:uuid', [WebCentersController, 'destroy']).as('destroy')
        router.post('/:uuid/staff', [WebCentersController, 'addStaff']).as('staff.add')
        router
          .delete('/:uuid/staff/:user_uuid', [WebCentersController, 'removeStaff'])
          .as('staff.remove')
      })
      .where('uuid', router.matchers.uuid())
  })
  .prefix('/distribution/centers')
  .as('distribution.centers')
  .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))
