import { symbols } from 'pino'
import logger from '@adonisjs/core/services/logger'

/**
 * Records the JSON lines the app's root logger (and every child of it) writes
 * until `stop()` is called. Lines still reach the real destination.
 */
export function captureLogLines() {
  const stream = (logger.pino as any)[symbols.streamSym]
  const write = stream.write
  const lines: Record<string, unknown>[] = []

  stream.write = function (chunk: string, ...rest: unknown[]) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
    return write.call(this, chunk, ...rest)
  }

  return {
    lines,
    stop() {
      stream.write = write
    },
  }
}
