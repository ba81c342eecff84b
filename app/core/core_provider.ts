import type { ApplicationService } from '@adonisjs/core/types'
import { DbCheck } from '@adonisjs/lucid/database'
import { RedisCheck } from '@adonisjs/redis'
import { ReadinessChecks } from '#core/health/readiness_checks'

/**
 * Shared-kernel bindings.
 */
export default class CoreProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(ReadinessChecks, async (resolver) => {
      const db = await resolver.make('lucid.db')
      const redis = await resolver.make('redis')
      return new ReadinessChecks().register([
        new DbCheck(db.connection()),
        new RedisCheck(redis.connection()),
      ])
    })
  }
}
