import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'

/**
 * Every page's entry chunk carries the generated route registry. Its routes'
 * `tokens` (the pattern taken apart) and type placeholders weigh half of it;
 * the client derives the tokens from the pattern (resources/js/route_tokens.ts).
 */
function compactRouteRegistry(): Plugin {
  return {
    name: 'waybill:compact-route-registry',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('.adonisjs/client/registry/index.ts')) return
      return code.replace(/^\s*(tokens|types): .*,\n/gm, '')
    },
  }
}

export default defineConfig({
  plugins: [
    compactRouteRegistry(),
    vue({ features: { optionsAPI: false } }),
    tailwindcss(),
    adonisjs({
      entryPoints: ['resources/js/app.ts'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],
  // Inertia SSR is off (config/inertia.ts), so only the browser bundle is built.
  // Vite 8 also builds its default `ssr` environment otherwise, into the same
  // folder, and its manifest replaces the client's (pages then load a bundle
  // that imports bare "vue").
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client)
    },
  },
  // The dev server is embedded in the app server (node ace serve): it may read
  // only what pages load. Not the server's source, configuration, database or
  // uploads (tmp/, storage/, app/, config/, start/, database/, package.json).
  // Pre-bundled dependencies; a second dev server on this checkout (the
  // dev-server test, while the test run's own one serves) needs its own
  // folder, or each replaces the other's bundles mid-run.
  cacheDir: process.env.VITE_CACHE_DIR,
  server: {
    fs: {
      strict: true,
      allow: ['resources/js', '.adonisjs/client', 'node_modules'],
      deny: ['.env', '.env.*', '*.sqlite*', '*.{crt,pem,key}', '**/.git/**'],
    },
  },
  resolve: {
    alias: [
      { find: '~/', replacement: `${import.meta.dirname}/resources/js/` },
      { find: '@generated', replacement: `${import.meta.dirname}/.adonisjs/client/` },
      // Inertia's <Form> component always turns precognition on: with this
      // alias it throws when mounted. Pages use useForm(); see ADR 0012.
      {
        find: /^laravel-precognition$/,
        replacement: `${import.meta.dirname}/resources/js/no_precognition.ts`,
      },
    ],
  },
})
