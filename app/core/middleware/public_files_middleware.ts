import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import { isApiRequest } from '#core/http/api_request'

/**
 * Files from `public/` for every path but the API's. No API path names a
 * file, and looking for one cost each API request a disk `stat` and the
 * static server's set-up (3% of the item list's time in its profile).
 */
@inject()
export default class PublicFilesMiddleware {
  constructor(private files: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    return isApiRequest(ctx.request.url()) ? next() : this.files.handle(ctx, next)
  }
}
