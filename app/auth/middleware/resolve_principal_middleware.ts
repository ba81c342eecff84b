import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Bouncer } from '@adonisjs/bouncer'
import type { Principal } from '#core/auth/principal'
import { PrincipalResolver } from '#auth/services/principal_resolver'

/**
 * Sets `ctx.principal` and a Bouncer over it (`ctx.bouncer`) on every
 * routed request; pages share it with Inertia.
 */
@inject()
export default class ResolvePrincipalMiddleware {
  constructor(private resolver: PrincipalResolver) {}

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.principal = await this.resolver.resolve(ctx)
    ctx.bouncer = new Bouncer<Principal>(ctx.principal).setContainerResolver(ctx.containerResolver)
    return next()
  }
}
