import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { ReadinessChecks } from '#core/health/readiness_checks'

export default class HealthController {
  /**
   * `GET /api/healthcheck/`: the reference system's load-balancer probe.
   */
  healthcheck() {
    return {}
  }

  /**
   * `GET /health/live`: the process is up and serving requests.
   */
  live() {
    return { status: 'ok' }
  }

  /**
   * `GET /health/ready`: every dependency answers. 503 names the failing check.
   */
  @inject()
  async ready({ response }: HttpContext, readiness: ReadinessChecks) {
    const report = await readiness.run()
    return response.status(report.isHealthy ? 200 : 503).json({
      status: report.status,
      checks: report.checks.map((check) => ({
        name: check.name,
        status: check.status,
        message: check.message,
        ...(check.meta ? { meta: check.meta } : {}),
      })),
    })
  }
}
