import { configApp } from '@adonisjs/eslint-config'
import { vue } from '@adonisjs/eslint-config/vue'

export default configApp({ ignores: ['public/assets/**', 'tmp/**', 'database/schema.ts'] }, ...vue, {
  name: 'Waybill frontend (resources/js)',
  files: ['resources/js/**/*.{ts,vue}'],
  rules: {
    '@adonisjs/no-backend-import-in-frontend': ['error'],
    '@adonisjs/prefer-adonisjs-inertia-link': ['error'],
    '@adonisjs/prefer-adonisjs-inertia-form': ['error'],
  },
})
