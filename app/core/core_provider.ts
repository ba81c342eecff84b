import type { ApplicationService } from '@adonisjs/core/types'
import type { HttpContext } from '@adonisjs/core/http'
import { DbCheck } from '@adonisjs/lucid/database'
import { RedisCheck } from '@adonisjs/redis'
import { ReadinessChecks } from '#core/health/readiness_checks'
import { QueueHeartbeatCheck } from '#core/health/queue_heartbeat_check'
import { QueueManager } from '#core/queue/queue_manager'
import { QueueMonitor } from '#core/queue/queue_monitor'
import { QueueHeartbeat } from '#core/queue/heartbeat'
import { Registry } from '#core/queue/registry'
import { Outbox } from '#core/events/outbox'
import { DeliveryGroups } from '#core/events/delivery_groups'
import type { QueueConfig } from '#core/queue/types'
import { Metrics } from '#core/metrics/metrics'
import { SharedHistogram } from '#core/metrics/shared_histogram'
import { Transmit } from '@boringnode/transmit'
import type { TransmitConfig } from '@boringnode/transmit/types'
import { LiveUpdates } from '#core/live/live_updates'
import { LiveChannels } from '#core/live/live_channels'
import { isDriver, isStaff, userOf } from '#core/auth/principal'
import { PrincipalChanges } from '#core/auth/principal_changes'

/**
 * Shared-kernel bindings: queues, the outbox, readiness checks.
 */
export default class CoreProvider {
  #queues?: QueueManager
  #eventLatency?: SharedHistogram
  #transmit?: Transmit<HttpContext>

  constructor(protected app: ApplicationService) {}

  register() {
    const container = this.app.container
    const config = this.app.config.get<QueueConfig>('queue')

    container.singleton(QueueManager, () => (this.#queues = new QueueManager(config)))
    container.singleton(
      QueueMonitor,
      async (resolver) => new QueueMonitor(await resolver.make(QueueManager))
    )
    container.singleton(Registry, () => Registry.discover(this.app.makePath(), config.discovery))
    container.singleton(
      QueueHeartbeat,
      async (resolver) => new QueueHeartbeat(await resolver.make('redis'), config.prefix)
    )
    container.singleton(Outbox, async (resolver) => {
      return new Outbox(
        await resolver.make('lucid.db'),
        await resolver.make(QueueManager),
        await resolver.make(Registry),
        await resolver.make('logger')
      )
    })

    container.singleton(
      DeliveryGroups,
      async (resolver) =>
        new DeliveryGroups(
          config.deliveryGroups.maxSize,
          config.deliveryGroups.inFlight,
          await resolver.make('logger')
        )
    )

    /** Event delivery latency: observed by workers, read by /metrics anywhere. */
    container.singleton(
      SharedHistogram,
      async (resolver) =>
        (this.#eventLatency = new SharedHistogram(
          await resolver.make('redis'),
          `${config.prefix}:metrics:event_delivery`
        ))
    )
    container.singleton(
      Metrics,
      async (resolver) =>
        new Metrics(
          await resolver.make('lucid.db'),
          await resolver.make(QueueMonitor),
          await resolver.make(QueueHeartbeat),
          await resolver.make(SharedHistogram)
        )
    )

    /**
     * Live updates (Server-Sent Events). Created on first use, so a process
     * that never broadcasts (migrations, most ace commands) opens no Redis
     * connection for it.
     */
    /** Who may listen where: core's channels here, modules add theirs in their provider. */
    container.singleton(LiveChannels, () => {
      const channels = new LiveChannels()
      channels.allow('staff', (ctx) => isStaff(ctx.principal))
      channels.allow(
        'drivers/:uuid',
        (ctx, { uuid }) => isDriver(ctx.principal) && userOf(ctx.principal)!.uuid === uuid
      )
      return channels
    })
    container.singleton(LiveUpdates, async (resolver) => {
      const transmitConfig = this.app.config.get<TransmitConfig>('transmit')
      this.#transmit = new Transmit(transmitConfig, transmitConfig.transport?.driver())
      return new LiveUpdates(
        this.#transmit,
        await resolver.make('redis'),
        await resolver.make(LiveChannels),
        `${config.prefix}:live:relay`
      )
    })

    /** Said after a ban, a sign-out…, to every process (ADR 0020). */
    container.singleton(
      PrincipalChanges,
      async (resolver) =>
        new PrincipalChanges(
          await resolver.make('redis'),
          `${config.prefix}:auth:changes`,
          await resolver.make('logger')
        )
    )

    container.singleton(ReadinessChecks, async (resolver) => {
      const db = await resolver.make('lucid.db')
      const redis = await resolver.make('redis')
      return new ReadinessChecks().register([
        new DbCheck(db.connection()),
        new RedisCheck(redis.connection()),
        new QueueHeartbeatCheck(await resolver.make(QueueHeartbeat), config.heartbeat),
      ])
    })
  }

  /**
   * Queue connections hold Redis sockets: close them or the process
   * (`node ace test` included) never exits.
   */
  async shutdown() {
    await this.#eventLatency?.flush().catch(() => {})
    await this.#queues?.close()
    await this.#transmit?.shutdown()
  }
}
