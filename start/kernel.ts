/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'
import { shared } from '#core/http/shared_middleware'
import { middlewareChain } from '#core/http/middleware_chain'

const errorHandler = () => import('#core/exceptions/handler')
server.errorHandler(errorHandler)

/**
 * Middleware run in order in one slot, each built once (none keeps a
 * request's state on itself); an error is rendered by `errorHandler` where
 * it is raised, as in a slot of its own (ADR 0022).
 */
const chain = middlewareChain(errorHandler)

/**
 * Run on every request, matched by a route or not.
 */
server.use([
  chain([
    () => import('#core/middleware/metrics_middleware'),
    () => import('#core/middleware/request_id_middleware'),
    () => import('#core/middleware/request_log_middleware'),
    () => import('#core/middleware/security_headers_middleware'),
    () => import('#core/middleware/container_bindings_middleware'),
    () => import('#core/middleware/public_files_middleware'),
    () => import('@adonisjs/cors/cors_middleware'),
    () => import('@adonisjs/vite/vite_middleware'),
    () => import('#core/middleware/inertia_middleware'),
  ]),
])

/**
 * Run on requests that matched a route.
 */
router.use([
  chain([
    () => import('#core/middleware/body_parser_middleware'),
    () => import('#core/middleware/browser_state_middleware'),
    () => import('#auth/middleware/initialize_auth_middleware'),
    () => import('#auth/middleware/resolve_principal_middleware'),
  ]),
])

/**
 * Per-route middleware, `shared`: built once.
 */
export const middleware = router.named({
  /** 401 (API) or the sign-in page (pages) for anonymous requests; `userType` for pages of one audience. */
  authenticated: shared(() => import('#auth/middleware/authenticated_middleware')),
})
