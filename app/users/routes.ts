import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const ProfileController = () => import('#users/controllers/api/profile_controller')

router
  .group(() => {
    router.get('/users/self/profile', [ProfileController, 'show']).as('self.show')
    router.patch('/users/self/profile', [ProfileController, 'update']).as('self.update')
    router
      .get('/users/:uuid', [ProfileController, 'lookup'])
      .where('uuid', router.matchers.uuid())
      .as('lookup')
  })
  .prefix('/api/v1/user')
  .as('api.users')
  .use(middleware.authenticated())
