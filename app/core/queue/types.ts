import type { JobsOptions, RedisOptions } from 'bullmq'

export const QUEUE_NAMES = ['default', 'events', 'notifications'] as const
export type QueueName = (typeof QUEUE_NAMES)[number]

export type QueueConfig = {
  connection: Pick<RedisOptions, 'host' | 'port' | 'password' | 'db'>
  prefix: string
  queues: Record<QueueName, { concurrency: number }>
  defaultJobOptions: JobsOptions
  lockDuration: number
  stalledInterval: number
  discovery: string[]
  heartbeat: { expected: boolean; maxAgeMs: number }
}
