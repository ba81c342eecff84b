import { IncomingMessage, ServerResponse } from 'node:http'
import { Socket } from 'node:net'
import testUtils from '@adonisjs/core/services/test_utils'

/**
 * A real HttpContext for a request to `url`, for exercising HTTP helpers and
 * the exception handler without a route.
 */
export async function contextFor(url: string, options: { method?: string; host?: string } = {}) {
  const req = new IncomingMessage(new Socket())
  req.url = url
  req.method = options.method ?? 'GET'
  req.headers.host = options.host ?? '127.0.0.1'
  return testUtils.createHttpContext({ req, res: new ServerResponse(req) })
}
