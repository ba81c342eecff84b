import { router } from '@inertiajs/vue3'

type Query = Record<string, string | number | undefined | null>

/**
 * A server-paginated list's navigation: every change of filter, sort or page
 * is a visit whose query string holds the list's whole state, so the URL can
 * be shared and the server echoes the filters back. Empty values are dropped;
 * only the list's prop is reloaded.
 */
export function useListVisit(url: () => string, prop: string, current: () => Query) {
  return function visit(changes: Query = {}) {
    const query: Record<string, string | number> = {}
    for (const [key, value] of Object.entries({ ...current(), ...changes })) {
      if (value === undefined || value === null || value === '') continue
      query[key] = typeof value === 'string' ? value.trim() : value
    }
    router.get(url(), query, {
      preserveState: true,
      preserveScroll: true,
      replace: true,
      only: [prop],
    })
  }
}
