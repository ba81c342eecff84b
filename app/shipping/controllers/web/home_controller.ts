import type { HttpContext } from '@adonisjs/core/http'

/** `/console`, the console's first address, kept for bookmarks: its home is the dashboard now. */
export default class HomeController {
  async console({ response }: HttpContext) {
    return response.redirect('/dashboard')
  }
}
