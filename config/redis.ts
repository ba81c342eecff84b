import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import queueConfig from '#config/queue'
import type { InferConnections } from '@adonisjs/redis/types'

const redisConfig = defineConfig({
  connection: 'main',

  connections: {
    main: {
      host: env.get('REDIS_HOST'),
      port: env.get('REDIS_PORT'),
      password: env.get('REDIS_PASSWORD')?.release(),
      db: env.get('REDIS_DB', 0),
      keyPrefix: '',
      retryStrategy(times) {
        return Math.min(times * 200, 2000)
      },
    },
    /**
     * Browser sessions (config/session.ts), under this deployment's (or
     * test run's) namespace: `<prefix>:session:<id>` and
     * `<prefix>:session:session_tag:<user uuid>` (the user's session ids).
     */
    sessions: {
      host: env.get('REDIS_HOST'),
      port: env.get('REDIS_PORT'),
      password: env.get('REDIS_PASSWORD')?.release(),
      db: env.get('REDIS_DB', 0),
      keyPrefix: `${queueConfig.prefix}:session:`,
      retryStrategy(times) {
        return Math.min(times * 200, 2000)
      },
    },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
