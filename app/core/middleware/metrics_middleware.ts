import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Metrics } from '#core/metrics/metrics'

/**
 * Times every request until its response has been sent, labelled by the
 * route's pattern (never the raw URL, which would make a series per
 * tracking number), method and status.
 */
@inject()
export default class MetricsMiddleware {
  constructor(private metrics: Metrics) {}

  handle(ctx: HttpContext, next: NextFn) {
    const stop = this.metrics.requestDuration.startTimer()
    ctx.response.response.once('finish', () => {
      stop({
        method: ctx.request.method(),
        route: ctx.route?.pattern ?? 'unmatched',
        status: ctx.response.response.statusCode,
      })
    })
    return next()
  }
}
