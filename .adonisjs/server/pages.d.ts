import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'auth/api_keys/index': ExtractProps<(typeof import('../../resources/js/pages/auth/api_keys/index.vue'))['default']>
    'auth/driver_login': ExtractProps<(typeof import('../../resources/js/pages/auth/driver_login.vue'))['default']>
    'auth/login_two_factor': ExtractProps<(typeof import('../../resources/js/pages/auth/login_two_factor.vue'))['default']>
    'auth/login': ExtractProps<(typeof import('../../resources/js/pages/auth/login.vue'))['default']>
    'auth/two_factor': ExtractProps<(typeof import('../../resources/js/pages/auth/two_factor.vue'))['default']>
    'core/errors/bad_request': ExtractProps<(typeof import('../../resources/js/pages/core/errors/bad_request.vue'))['default']>
    'core/errors/forbidden': ExtractProps<(typeof import('../../resources/js/pages/core/errors/forbidden.vue'))['default']>
    'core/errors/not_found': ExtractProps<(typeof import('../../resources/js/pages/core/errors/not_found.vue'))['default']>
    'core/errors/server_error': ExtractProps<(typeof import('../../resources/js/pages/core/errors/server_error.vue'))['default']>
    'core/home': ExtractProps<(typeof import('../../resources/js/pages/core/home.vue'))['default']>
    'core/queues/index': ExtractProps<(typeof import('../../resources/js/pages/core/queues/index.vue'))['default']>
    'distribution/centers/create': ExtractProps<(typeof import('../../resources/js/pages/distribution/centers/create.vue'))['default']>
    'distribution/centers/index': ExtractProps<(typeof import('../../resources/js/pages/distribution/centers/index.vue'))['default']>
    'distribution/centers/show': ExtractProps<(typeof import('../../resources/js/pages/distribution/centers/show.vue'))['default']>
    'shipping/batches/index': ExtractProps<(typeof import('../../resources/js/pages/shipping/batches/index.vue'))['default']>
    'shipping/batches/show': ExtractProps<(typeof import('../../resources/js/pages/shipping/batches/show.vue'))['default']>
    'shipping/dashboard': ExtractProps<(typeof import('../../resources/js/pages/shipping/dashboard.vue'))['default']>
    'shipping/driver/complete': ExtractProps<(typeof import('../../resources/js/pages/shipping/driver/complete.vue'))['default']>
    'shipping/driver/index': ExtractProps<(typeof import('../../resources/js/pages/shipping/driver/index.vue'))['default']>
    'shipping/driver/show': ExtractProps<(typeof import('../../resources/js/pages/shipping/driver/show.vue'))['default']>
    'shipping/items/create': ExtractProps<(typeof import('../../resources/js/pages/shipping/items/create.vue'))['default']>
    'shipping/items/edit': ExtractProps<(typeof import('../../resources/js/pages/shipping/items/edit.vue'))['default']>
    'shipping/items/index': ExtractProps<(typeof import('../../resources/js/pages/shipping/items/index.vue'))['default']>
    'shipping/items/show': ExtractProps<(typeof import('../../resources/js/pages/shipping/items/show.vue'))['default']>
    'shipping/transports/index': ExtractProps<(typeof import('../../resources/js/pages/shipping/transports/index.vue'))['default']>
    'shipping/transports/show': ExtractProps<(typeof import('../../resources/js/pages/shipping/transports/show.vue'))['default']>
    'users/drivers/index': ExtractProps<(typeof import('../../resources/js/pages/users/drivers/index.vue'))['default']>
    'users/staff/index': ExtractProps<(typeof import('../../resources/js/pages/users/staff/index.vue'))['default']>
  }
}
