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
