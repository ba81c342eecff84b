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
