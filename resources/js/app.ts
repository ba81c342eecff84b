import './css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { TuyauProvider } from '@adonisjs/inertia/vue'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import { client } from '~/client'

createInertiaApp({
  title: (title) => (title ? `${title} · Waybill` : 'Waybill'),
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<DefineComponent>('./pages/**/*.vue')
    ),
  setup({ el, App, props, plugin }) {
    const Root = () => h(TuyauProvider, { client }, { default: () => h(App, props) })
    createApp(Root).use(plugin).mount(el)
  },
  progress: { color: '#0f766e' },
})
