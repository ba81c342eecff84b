import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'core/errors/not_found': ExtractProps<(typeof import('../../resources/js/pages/core/errors/not_found.vue'))['default']>
    'core/errors/server_error': ExtractProps<(typeof import('../../resources/js/pages/core/errors/server_error.vue'))['default']>
    'core/home': ExtractProps<(typeof import('../../resources/js/pages/core/home.vue'))['default']>
  }
}
