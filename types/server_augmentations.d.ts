/**
 * Type augmentations the server code relies on (request.validateUsing,
 * ctx.principal, ctx.bouncer, typed route names for redirects), for the frontend type-check, which sees
 * controllers through the generated API client registry.
 */
import '@adonisjs/core/providers/vinejs_provider'
import '#core/auth/principal'
import '@adonisjs/session/session_middleware'
import '@adonisjs/inertia/inertia_middleware'
import '@adonisjs/auth/initialize_auth_middleware'
import '@adonisjs/shield/shield_middleware'
import '#config/auth'
import '../.adonisjs/server/pages.d.ts'
import '../.adonisjs/server/routes.d.ts'
