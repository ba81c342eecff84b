import type { RedisService } from '@adonisjs/redis/types'

/** Upper bounds (seconds) of the event delivery latency buckets. */
export const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] as const

type Counts = { buckets: number[]; sum: number; count: number }

const empty = (): Counts => ({ buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 })

/**
 * A histogram that several processes add to and any process can read: the
 * workers observe, the web processes expose it at /metrics. Each observer
 * keeps counts in memory and adds them to one Redis hash every few seconds
 * (one pipelined round trip per flush, none per observation); the hash holds
 * per-bucket counts (not cumulative), the sum and the count.
 */
export class SharedHistogram {
  #pending = empty()
  #timer?: NodeJS.Timeout

  constructor(
    private redis: RedisService,
    readonly key: string,
    private flushEveryMs = 2_000
  ) {}

  observe(seconds: number) {
    const index = LATENCY_BUCKETS.findIndex((bound) => seconds <= bound)
    if (index >= 0) this.#pending.buckets[index]++
    this.#pending.sum += seconds
    this.#pending.count++
    this.#timer ??= setTimeout(() => void this.flush(), this.flushEveryMs).unref()
  }

  /** Adds what this process observed to the shared counts. */
  async flush() {
    clearTimeout(this.#timer)
    this.#timer = undefined
    const pending = this.#pending
    if (pending.count === 0) return
    this.#pending = empty()
    const pipeline = this.redis.pipeline()
    pending.buckets.forEach((count, index) => {
      if (count > 0) pipeline.hincrby(this.key, `b${index}`, count)
    })
    pipeline.hincrbyfloat(this.key, 'sum', pending.sum)
    pipeline.hincrby(this.key, 'count', pending.count)
    await pipeline.exec()
  }

  /** Every process's flushed counts. */
  async read(): Promise<Counts> {
    const hash = await this.redis.hgetall(this.key)
    return {
      buckets: LATENCY_BUCKETS.map((_, index) => Number(hash[`b${index}`] ?? 0)),
      sum: Number(hash.sum ?? 0),
      count: Number(hash.count ?? 0),
    }
  }
}

/**
 * The shared histogram as a prom-client metric (cumulative buckets, +Inf,
 * sum and count), read from Redis at each scrape.
 */
export function histogramMetric(name: string, help: string, histogram: SharedHistogram) {
  return {
    name,
    help,
    type: 'histogram' as const,
    async get() {
      const { buckets, sum, count } = await histogram.read()
      let cumulative = 0
      const values = LATENCY_BUCKETS.map((bound, index) => {
        cumulative += buckets[index]
        return { labels: { le: bound }, value: cumulative, metricName: `${name}_bucket` }
      })
      values.push({ labels: { le: '+Inf' as never }, value: count, metricName: `${name}_bucket` })
      values.push({ labels: {} as never, value: sum, metricName: `${name}_sum` })
      values.push({ labels: {} as never, value: count, metricName: `${name}_count` })
      return { name, help, type: 'histogram' as const, values, aggregator: 'sum' as const }
    },
  }
}
