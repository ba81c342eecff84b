import { HealthChecks } from '@adonisjs/core/health'

/**
 * The checks behind `GET /health/ready`, bound as a container singleton by the
 * core provider (database and Redis). Modules append their own (the queue
 * heartbeat, for one) with `readiness.append([...])`.
 */
export class ReadinessChecks extends HealthChecks {}
