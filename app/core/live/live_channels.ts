import type { HttpContext } from '@adonisjs/core/http'

type Rule = (ctx: HttpContext, params: Record<string, string>) => boolean | Promise<boolean>

/**
 * The channels a browser may subscribe to, each with who may: deny by
 * default (a channel no module declared is refused). Core declares the ones
 * that need only the principal; modules declare theirs in their provider
 * (`shipping` declares `transports/:uuid`).
 */
export class LiveChannels {
  #rules: { pattern: string; match: RegExp; names: string[]; rule: Rule }[] = []

  /** `pattern` is a path like `drivers/:uuid` (each `:name` one segment). */
  allow(pattern: string, rule: Rule) {
    const names: string[] = []
    const source = pattern
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(segment.slice(1))
        return '([^/]+)'
      })
      .join('/')
    this.#rules.push({ pattern, match: new RegExp(`^${source}$`), names, rule })
  }

  /** Whether this request's principal may receive what is said on `channel`. */
  async mayListen(ctx: HttpContext, channel: string): Promise<boolean> {
    for (const { match, names, rule } of this.#rules) {
      const found = match.exec(channel)
      if (!found) continue
      const params = Object.fromEntries(names.map((name, index) => [name, found[index + 1]]))
      try {
        return await rule(ctx, params)
      } catch {
        return false
      }
    }
    return false
  }
}
