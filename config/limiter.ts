import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/limiter'
import queueConfig from '#config/queue'

/**
 * Per-IP rate limits (start/limiter.ts) live in Redis, so every web process
 * shares them. Test runs get their own key prefix, like the queues.
 */
export const LIMITER_KEY_PREFIX = app.inTest ? `${queueConfig.prefix}:limiter` : 'waybill:limiter'

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
