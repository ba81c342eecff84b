import { defineConfig, stores } from '@adonisjs/limiter'
import queueConfig from '#config/queue'

/**
 * Rate limits live in Redis, so every web process of a deployment shares
 * them, under the deployment's prefix (QUEUE_PREFIX): deployments sharing a
 * Redis, and test runs, keep their own counts.
 */
export const LIMITER_KEY_PREFIX = `${queueConfig.prefix}:limiter`

const limiterConfig = defineConfig({
  default: 'redis',
  stores: {
    redis: stores.redis({
      connectionName: 'main',
      keyPrefix: LIMITER_KEY_PREFIX,
    }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
