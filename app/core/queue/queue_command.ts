import { BaseCommand } from '@adonisjs/core/ace'
import { parseQueueNames, type QueueName } from '#core/queue/types'

/**
 * Base of the queue:* commands: reads `--queue` values, and on an unknown
 * name says which ones exist and fails the command (exit code 1).
 */
export abstract class QueueCommand extends BaseCommand {
  protected queueNamesFrom(values: string[]): QueueName[] | undefined {
    try {
      return parseQueueNames(values)
    } catch (error) {
      this.logger.error((error as Error).message)
      this.exitCode = 1
      return undefined
    }
  }
}
