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

const PeopleController = () => import('#users/controllers/web/people_controller')

/** Console screens for people (administrators, see PeoplePolicy). */
for (const kind of ['drivers', 'staff'] as const) {
  router
    .group(() => {
      router.get('/', [PeopleController, kind]).as('index')
      router
        .post('/', [PeopleController, kind === 'drivers' ? 'storeDriver' : 'storeStaff'])
        .as('store')
      router
        .group(() => {
          router.post('/:uuid/deactivate', [PeopleController, 'deactivate']).as('deactivate')
          router.post('/:uuid/ban', [PeopleController, 'ban']).as('ban')
        })
        .where('uuid', router.matchers.uuid())
    })
    .prefix(`/users/${kind}`)
    .as(`users.${kind}`)
    .use(middleware.authenticated({ userType: 'STAFF', loginPath: '/login' }))
}
