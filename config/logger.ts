import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, targets } from '@adonisjs/core/logger'
import { requestLogMixin } from '#core/logging/request_log_mixin'

/**
 * JSON lines on stdout in production (no transport thread: fastest, and what
 * log shippers expect); human-readable output in development.
 */
const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: 'waybill',
      level: env.get('LOG_LEVEL'),
      mixin: requestLogMixin,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
        censor: '[redacted]',
      },
      transport: app.inDev
        ? {
            targets: targets()
              .push(targets.pretty({ ignore: 'pid,hostname' }))
              .toArray(),
          }
        : undefined,
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
