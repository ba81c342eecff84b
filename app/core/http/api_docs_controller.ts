import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { HttpContext } from '@adonisjs/core/http'
import { apiDocument } from '#core/openapi/openapi_service'

/** The docs UI: Scalar's standalone bundle, served from our own node_modules (no CDN). */
const RENDERER = join(
  dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')),
  'browser/standalone.js'
)

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Waybill API reference</title>
  </head>
  <body>
    <div id="docs"></div>
    <script src="/api/docs/assets/renderer.js"></script>
    <script src="/api/docs/assets/start.js"></script>
  </body>
</html>
`

/**
 * The page loads nothing from elsewhere: the renderer's stylesheet names
 * web fonts on a CDN, and this policy keeps the browser from fetching them
 * (system fonts are used instead).
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ')

/**
 * Starts the renderer on the document: our own fonts (none from a CDN), and
 * none of the hosted extras (AI agent, MCP, telemetry, developer tools).
 */
const START = `Scalar.createApiReference('#docs', {
  url: '/api/docs/openapi.json',
  slug: 'waybill',
  title: 'Waybill API',
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  mcp: { disabled: true },
  customCss: ':root, .scalar-app, .light-mode, .dark-mode { ' +
    '--scalar-font: ui-sans-serif, system-ui, sans-serif !important; ' +
    '--scalar-font-code: ui-monospace, monospace !important; }',
})
`

/**
 * `/api/docs`: the OpenAPI document of `/api/v1` (generated from the
 * routes, validators and transformers) and a page that renders it.
 */
export default class ApiDocsController {
  async document({ response }: HttpContext) {
    const { document } = await apiDocument()
    return response.json(document)
  }

  async page({ response }: HttpContext) {
    response.header('content-type', 'text/html; charset=utf-8')
    response.header('content-security-policy', PAGE_POLICY)
    return PAGE
  }

  async renderer({ response }: HttpContext) {
    response.header('cache-control', 'public, max-age=86400')
    response.header('content-type', 'text/javascript; charset=utf-8')
    return response.download(RENDERER)
  }

  async start({ response }: HttpContext) {
    response.header('content-type', 'text/javascript; charset=utf-8')
    return START
  }
}
