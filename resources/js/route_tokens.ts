/** A route pattern's segments, in the form the framework's URL builder reads. */
export type RouteToken = { old: string; type: 0 | 1 | 2 | 3; val: string; end: string }

/**
 * The tokens of a route pattern (`/shipping/items/:tracking_number`): static
 * segments (0), parameters (1), the wildcard (2) and optional parameters (3).
 * The generated registry carries them for every route, a third of its weight
 * in every page's entry chunk; the build drops them (vite.config.ts) and the
 * client derives them from the pattern here. `tests/unit/frontend` checks that
 * this gives the generated tokens for every route.
 */
export function tokensOf(pattern: string): RouteToken[] {
  if (pattern === '/') return [{ old: pattern, type: 0, val: '/', end: '' }]
  return pattern
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment === '*') return { old: pattern, type: 2, val: '*', end: '' }
      if (!segment.startsWith(':')) return { old: pattern, type: 0, val: segment, end: '' }
      const optional = segment.endsWith('?')
      return {
        old: pattern,
        type: optional ? 3 : 1,
        val: segment.slice(1, optional ? -1 : undefined),
        end: '',
      }
    })
}
