import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'

export default defineConfig({
  plugins: [
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
    alias: {
      '~/': `${import.meta.dirname}/resources/js/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
})
