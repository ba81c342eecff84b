/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'
import { shared } from '#core/http/shared_middleware'

server.errorHandler(() => import('#core/exceptions/handler'))

/**
 * Run on every request, matched by a route or not. Each middleware is
 * `shared`: built once, since none keeps a request's state on itself.
 */
server.use([
  shared(() => import('#core/middleware/metrics_middleware')),
  shared(() => import('#core/middleware/request_id_middleware')),
  shared(() => import('#core/middleware/request_log_middleware')),
  shared(() => import('#core/middleware/security_headers_middleware')),
  shared(() => import('#core/middleware/container_bindings_middleware')),
  shared(() => import('#core/middleware/public_files_middleware')),
  shared(() => import('@adonisjs/cors/cors_middleware')),
  shared(() => import('@adonisjs/vite/vite_middleware')),
  shared(() => import('#core/middleware/inertia_middleware')),
])

/**
 * Run on requests that matched a route.
 */
router.use([
  shared(() => import('#core/middleware/body_parser_middleware')),
  shared(() => import('#core/middleware/browser_state_middleware')),
  shared(() => import('#auth/middleware/initialize_auth_middleware')),
  shared(() => import('#auth/middleware/resolve_principal_middleware')),
])

/**
 * Per-route middleware.
 */
export const middleware = router.named({
  /** 401 (API) or the sign-in page (pages) for anonymous requests; `userType` for pages of one audience. */
  authenticated: shared(() => import('#auth/middleware/authenticated_middleware')),
})
