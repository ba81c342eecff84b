import { randomUUID } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import logger from '@adonisjs/core/services/logger'

/**
 * Ids a client may hand us: short, printable, no spaces or quotes, so they
 * are safe to echo in headers and to write into log lines.
 */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/

/**
 * Honours an incoming `X-Request-Id` (a gateway or client correlating its own
 * calls) when it is sane, replaces it with a fresh UUID when not, and echoes
 * the id on every response, errors included. Log lines pick the id up through
 * the logger mixin (core/logging/request_log_mixin.ts).
 */
export default class RequestIdMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const incoming = ctx.request.header('x-request-id')
    if (incoming !== undefined && !ACCEPTABLE_ID.test(incoming)) {
      ctx.request.request.headers['x-request-id'] = randomUUID()
    }
    ctx.response.header('X-Request-Id', ctx.request.id()!)
    // The server bound the raw header into ctx.logger before we could vet it;
    // the mixin adds the vetted id to every line instead, so use the root logger.
    ctx.logger = logger
    return next()
  }
}
