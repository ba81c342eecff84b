import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * `ctx.auth` for every routed request, made as the package's own middleware
 * makes it, without also sharing it with Edge templates: reading `ctx.view`
 * creates the request's template renderer, which lists the components
 * folder on disk (1.8% of the item list's time in its profile, on requests
 * that render no template). Waybill's one template, the Inertia layout,
 * does not read `auth`; pages get the signed-in user as a prop.
 */
export default class InitializeAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const manager = await ctx.containerResolver.make('auth.manager')
    ctx.auth = manager.createAuthenticator(ctx)
    return next()
  }
}
