import { BaseCheck, Result } from '@adonisjs/core/health'
import type { HealthCheckResult } from '@adonisjs/core/types/health'
import type { QueueHeartbeat } from '#core/queue/heartbeat'

/**
 * Fails when workers are expected and none has ticked recently; always
 * reports the heartbeat's age and the queue lag it measured.
 */
export class QueueHeartbeatCheck extends BaseCheck {
  name = 'Queue workers heartbeat'

  constructor(
    private heartbeat: QueueHeartbeat,
    private options: { expected: boolean; maxAgeMs: number }
  ) {
    super()
  }

  async run(): Promise<HealthCheckResult> {
    let tick
    try {
      tick = await this.heartbeat.last()
    } catch (error) {
      return Result.failed('Cannot read the queue heartbeat', error as Error)
    }

    const ageMs = tick ? Date.now() - tick.at : null
    const meta = { expected: this.options.expected, ageMs, lagMs: tick?.lagMs ?? null }

    if (this.options.expected && (ageMs === null || ageMs > this.options.maxAgeMs)) {
      const message =
        ageMs === null
          ? 'No queue worker has reported yet'
          : `No queue worker has reported for ${Math.round(ageMs / 1000)} s`
      return Result.failed(message).mergeMetaData(meta)
    }
    return Result.ok(
      tick ? 'Queue workers are reporting' : 'No queue worker expected'
    ).mergeMetaData(meta)
  }
}
