/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Each module owns its routes (app/<module>/routes.ts); this file only
| loads them.
|
*/
import '#core/routes'
import '#auth/routes'
import '#users/routes'
import '#distribution/routes'
import '#shipping/routes'
