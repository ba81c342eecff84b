import { registry } from '@generated/registry'
import { createUrlBuilder } from '@adonisjs/http-server/client/url_builder'
import type { Tuyau } from '@tuyau/core/client'
import { tokensOf } from '~/route_tokens'

type Registry = typeof registry
type RouteClient = Pick<Tuyau<Registry>, 'urlFor' | 'getRoute'>

/**
 * Query strings in the bracket style the server's parser reads
 * (`status=MOVING&ids[]=a&ids[]=b`); empty values are left out.
 */
function searchParams(qs: Record<string, unknown>) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(qs)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) value.forEach((item) => params.append(`${key}[]`, String(item)))
    else params.append(key, String(value))
  }
  return params.toString()
}

/**
 * Typed URLs for the server's named web routes (the generated registry):
 * the part of Tuyau's client that `@adonisjs/inertia/vue`'s `<Link route>`,
 * `<Form route>` and `useRouter` use. Tuyau's full client also carries a
 * fetch API with its HTTP client (ky); pages never call it (they navigate
 * with Inertia), and it would cost every page ~7 kB gzipped of entry chunk.
 */
const builder = createUrlBuilder(
  {
    root: Object.entries(registry.routes).map(([name, route]) => ({
      name,
      domain: 'root',
      ...route,
      tokens: tokensOf(route.pattern),
    })),
  },
  searchParams
)
const urlFor = builder as RouteClient['urlFor']
const url = builder as (name: string, params?: unknown) => string

const routeClient: RouteClient = {
  urlFor,
  getRoute(name, args) {
    const params = (args as { params?: unknown } | undefined)?.params ?? {}
    return { url: url(name, params), methods: registry.routes[name].methods }
  },
}

/** What `TuyauProvider` is given: it only ever calls `urlFor` and `getRoute`. */
export const client = routeClient as Tuyau<Registry>
export { urlFor }
