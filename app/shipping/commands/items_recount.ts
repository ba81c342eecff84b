import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class ItemsRecount extends BaseCommand {
  static commandName = 'items:recount'
  static description =
    'Rebuild the item counts behind lists and the dashboard from the items (after a manual db:truncate on SQLite)'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { RecountItems } = await import('#shipping/actions/recount_items')
    const { items } = await new RecountItems().handle()
    this.logger.success(`Item counts rebuilt: ${items.toLocaleString('en')} items`)
  }
}
