import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { apiDocsRegistry } from '#core/openapi/api_docs_registry'
import { buildOpenApiDocument, type BuiltDocument, type RouteInfo } from '#core/openapi/document'

let built: Promise<BuiltDocument> | undefined

/** The registered routes, across domains. */
export function registeredRoutes(): RouteInfo[] {
  return Object.values(router.toJSON()).flat()
}

/**
 * The API document, built once per process from the committed routes and
 * the modules' docs (it cannot change while the process runs).
 */
export function apiDocument(): Promise<BuiltDocument> {
  built ??= apiDocsRegistry
    .load()
    .then((modules) =>
      buildOpenApiDocument(registeredRoutes(), modules, { version: app.version?.toString() ?? '1' })
    )
  return built
}
