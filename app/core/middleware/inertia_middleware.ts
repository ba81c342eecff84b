import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import { userOf } from '#core/auth/principal'
import { isApiRequest } from '#core/http/api_request'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Props every page receives. The context may be only partly built (a 404
   * renders before the router middleware ran), hence the optional chaining.
   */
  share(ctx: HttpContext) {
    const { session, principal } = ctx as Partial<HttpContext>
    const user = principal ? userOf(principal) : null

    return {
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      me: ctx.inertia.always(
        user
          ? { uuid: user.uuid, username: user.username, type: user.type, isAdmin: user.isAdmin }
          : null
      ),
      flash: ctx.inertia.always({
        error: session?.flashMessages.get('error') as string | undefined,
        success: session?.flashMessages.get('success') as string | undefined,
      }),
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    // The JSON API renders no pages (its errors are JSON too): nothing to set up or finish.
    if (isApiRequest(ctx.request.url())) return next()
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
