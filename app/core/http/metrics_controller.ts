import { timingSafeEqual } from 'node:crypto'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { Metrics } from '#core/metrics/metrics'

/**
 * `GET /metrics` for Prometheus, behind `Authorization: Bearer <METRICS_TOKEN>`.
 * Without METRICS_TOKEN the endpoint does not exist (404).
 */
@inject()
export default class MetricsController {
  constructor(private metrics: Metrics) {}

  async show({ request, response }: HttpContext) {
    const token = env.get('METRICS_TOKEN')?.release()
    if (!token) return response.notFound('Not found')
    if (!sameSecret(request.header('authorization') ?? '', `Bearer ${token}`)) {
      return response.header('www-authenticate', 'Bearer').unauthorized('Unauthorized')
    }
    return response.header('content-type', this.metrics.contentType).send(await this.metrics.text())
  }
}

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
