/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Each module owns its routes (app/<module>/routes.ts); this file only
| loads them.
|
*/
import router from '@adonisjs/core/services/router'
import '#core/routes'
import '#auth/routes'
import '#users/routes'
import '#distribution/routes'
import '#shipping/routes'

/*
| Last: every other page address is the not-found page, rendered after the
| session and principal middleware (so inside the console for staff). The
| API (/api/…) keeps the router's own JSON 404; its first segment is refused
| by the matcher, so it falls through as an unmatched URL.
*/
const PageNotFoundController = () => import('#core/http/page_not_found_controller')
const notApi = { match: /^(?!api$)/ }
router
  .get('/:first', [PageNotFoundController, 'handle'])
  .where('first', notApi)
  .as('core.page_not_found')
router
  .get('/:first/*', [PageNotFoundController, 'handle'])
  .where('first', notApi)
  .as('core.page_not_found.nested')
