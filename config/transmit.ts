import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'
import queueConfig from '#config/queue'

/**
 * Live updates over Server-Sent Events (app/core/live). Broadcasts go
 * through Redis to every web process (the worker broadcasts too), on a
 * channel under this deployment's (or test run's) prefix.
 */
export default defineConfig({
  // Keeps idle streams open through proxies that close quiet connections.
  pingInterval: '25s',
  transport: {
    driver: redis({
      host: env.get('REDIS_HOST'),
      port: env.get('REDIS_PORT'),
      password: env.get('REDIS_PASSWORD')?.release(),
      db: env.get('REDIS_DB', 0),
    }),
    channel: `${queueConfig.prefix}:live:broadcast`,
  },
})
