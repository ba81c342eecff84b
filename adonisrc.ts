import { defineConfig } from '@adonisjs/core/app'
import { indexEntities } from '@adonisjs/core/generators'
import { indexPages } from '@adonisjs/inertia'
import { generateRegistry } from '@tuyau/core/hooks'

export default defineConfig({
  /*
  | Ace commands from packages; the app's own are discovered in ./commands
  | and, by the last loader, in every module's commands/ folder.
  */
  commands: [
    () => import('@adonisjs/core/commands'),
    () => import('@adonisjs/lucid/commands'),
    () => import('@adonisjs/session/commands'),
    () => import('@adonisjs/inertia/commands'),
    () => import('#core/ace/module_commands'),
  ],

  providers: [
    () => import('@adonisjs/core/providers/app_provider'),
    () => import('@adonisjs/core/providers/hash_provider'),
    {
      file: () => import('@adonisjs/core/providers/repl_provider'),
      environment: ['repl', 'test'],
    },
    () => import('@adonisjs/core/providers/vinejs_provider'),
    () => import('@adonisjs/core/providers/edge_provider'),
    () => import('@adonisjs/session/session_provider'),
    () => import('@adonisjs/vite/vite_provider'),
    () => import('@adonisjs/shield/shield_provider'),
    () => import('@adonisjs/static/static_provider'),
    () => import('@adonisjs/lucid/database_provider'),
    () => import('@adonisjs/cors/cors_provider'),
    () => import('@adonisjs/inertia/inertia_provider'),
    () => import('@adonisjs/redis/redis_provider'),
    () => import('@adonisjs/auth/auth_provider'),
    () => import('@adonisjs/limiter/limiter_provider'),
    () => import('@adonisjs/drive/drive_provider'),
    () => import('#core/core_provider'),
    () => import('#users/users_provider'),
    () => import('#auth/auth_provider'),
    () => import('#distribution/distribution_provider'),
    () => import('#shipping/shipping_provider'),
  ],

  preloads: [() => import('#start/routes'), () => import('#start/kernel')],

  tests: {
    suites: [
      { name: 'unit', files: ['tests/unit/**/*.spec.{ts,js}'], timeout: 5_000 },
      { name: 'functional', files: ['tests/functional/**/*.spec.{ts,js}'], timeout: 30_000 },
      { name: 'browser', files: ['tests/browser/**/*.spec.{ts,js}'], timeout: 60_000 },
      { name: 'architecture', files: ['tests/architecture/**/*.spec.{ts,js}'], timeout: 30_000 },
      // Builds the app and opens every page on the built server (tests/support/built_app.ts).
      { name: 'built', files: ['tests/built/**/*.spec.{ts,js}'], timeout: 120_000 },
    ],
    forceExit: false,
  },

  metaFiles: [
    { pattern: 'resources/views/**/*.edge', reloadServer: false },
    { pattern: 'public/**', reloadServer: false },
  ],

  hooks: {
    init: [
      // Controllers are imported lazily by each module's routes.ts, and events
      // go through the outbox (app/core), so only pages are indexed.
      indexEntities({
        controllers: { enabled: false },
        events: { enabled: false },
        listeners: { enabled: false },
      }),
      indexPages({ framework: 'vue3', source: 'resources/js/pages' }),
      // Pages link to web pages only; API v1 has its own reference, and these
      // routes would only weigh down the entry chunk (as would the not-found
      // catch-all, uploads, health checks and metrics, which no page links to).
      generateRegistry({
        routes: {
          except: [/^api\./, /^core\.page_not_found/, /^core\.(health|metrics)/, /^drive\./],
        },
      }),
    ],
    buildStarting: [() => import('@adonisjs/vite/build_hook')],
    buildFinished: [() => import('#start/hooks/entry_chunk_budget')],
  },
})
