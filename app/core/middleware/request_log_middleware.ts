import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Load-balancer and orchestrator probes and metrics scrapes: frequent and uninteresting.
 */
const QUIET_PATHS = new Set([
  '/api/healthcheck',
  '/api/healthcheck/',
  '/health/live',
  '/health/ready',
  '/metrics',
])

/**
 * One `info` line per request once it is answered: method, path, status and
 * duration (the request id comes from the logger mixin).
 */
export default class RequestLogMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const path = ctx.request.url()
    if (QUIET_PATHS.has(path)) return next()

    const started = performance.now()
    try {
      return await next()
    } finally {
      ctx.logger.info(
        {
          method: ctx.request.method(),
          path,
          status: ctx.response.getStatus(),
          duration_ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request completed'
      )
    }
  }
}
