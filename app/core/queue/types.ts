import type { JobsOptions, RedisOptions } from 'bullmq'

export const QUEUE_NAMES = ['default', 'events', 'notifications'] as const
export type QueueName = (typeof QUEUE_NAMES)[number]

/**
 * Queue names as given on a command line (`--queue=events,default`, repeated
 * or comma-separated); none given means every queue. Throws on unknown names.
 */
export function parseQueueNames(values: string[]): QueueName[] {
  const requested = values.flatMap((value) => value.split(',')).filter(Boolean)
  if (requested.length === 0) return [...QUEUE_NAMES]
  const unknown = requested.filter((name) => !QUEUE_NAMES.includes(name as QueueName))
  if (unknown.length > 0) {
    throw new Error(`Unknown queue(s): ${unknown.join(', ')}. Known: ${QUEUE_NAMES.join(', ')}`)
  }
  return requested as QueueName[]
}

export type QueueConfig = {
  connection: Pick<RedisOptions, 'host' | 'port' | 'password' | 'db'>
  prefix: string
  queues: Record<QueueName, { concurrency: number }>
  defaultJobOptions: JobsOptions
  lockDuration: number
  stalledInterval: number
  discovery: string[]
  heartbeat: { expected: boolean; maxAgeMs: number }
  /** Event deliveries committed together in a worker process (ADR 0018). */
  deliveryGroups: { maxSize: number; inFlight: number }
}
