import { HttpContext } from '@adonisjs/core/http'

/**
 * Pino mixin: every log line written while an HTTP request is being handled
 * carries that request's id, whichever logger wrote it (ctx.logger, the
 * global logger service, or a child of either). Relies on the async local
 * storage enabled in config/app.ts.
 */
export function requestLogMixin(): Record<string, string> {
  const requestId = HttpContext.get()?.request.id()
  return requestId ? { request_id: requestId } : {}
}
