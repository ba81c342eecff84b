import app from '@adonisjs/core/services/app'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import { isApiRequest } from '#core/http/api_request'
import { toApiError } from '#core/exceptions/api_error'
import { DomainError, FieldErrors } from '#core/exceptions/domain_error'
import { MalformedBody, UnsupportedBodyEncoding } from '#core/middleware/body_parser_middleware'
import { redactedRequest } from '#core/exceptions/redacted_request'

export default class HttpExceptionHandler extends ExceptionHandler {
  /**
   * Youch error pages in development only.
   */
  protected debug = app.inDev

  /**
   * Branded Inertia error pages everywhere but development.
   */
  protected renderStatusPages = !app.inDev

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '404': (_, { inertia }) => inertia.render('core/errors/not_found', {}),
    '500..599': (_, { inertia }) => inertia.render('core/errors/server_error', {}),
  }

  async handle(error: unknown, ctx: HttpContext) {
    if (isApiRequest(ctx.request.url())) {
      const { status, body, headers } = toApiError(error, this.debug)
      for (const [name, value] of Object.entries(headers ?? {})) ctx.response.header(name, value)
      return ctx.response.status(status).json(body)
    }

    /**
     * A form the server could not read (bad Content-Encoding, broken body):
     * a page that says so, in every environment, never the parser's error.
     */
    if (error instanceof MalformedBody || error instanceof UnsupportedBodyEncoding) {
      const page = await ctx.inertia.render('core/errors/bad_request', {})
      return ctx.response.status(error.status).send(page)
    }

    /**
     * Signed in but not allowed: a page that says so, in every environment.
     */
    if (isForbidden(error)) {
      const page = await ctx.inertia.render('core/errors/forbidden', {})
      return ctx.response.status(403).send(page)
    }

    /**
     * A use case refused a browser form: show why, on the page it came from,
     * and next to the fields it names. A page asked for by GET (an unknown
     * tracking number) is not a form: it gets its status page (404).
     */
    if (
      error instanceof DomainError &&
      error.status < 500 &&
      ctx.session &&
      ctx.request.method() !== 'GET'
    ) {
      ctx.session.flash('error', error.reason ?? error.message)
      if (error instanceof FieldErrors) ctx.session.flash('inputErrorsBag', fieldMessages(error))
      return ctx.response.redirect().back()
    }

    return super.handle(error, ctx)
  }

  /**
   * The development (Youch) page, as the framework renders it, but showing
   * the request without its credentials.
   */
  async renderErrorAsHTML(error: HttpError, ctx: HttpContext) {
    if (this.renderStatusPages || !this.isDebuggingEnabled(ctx)) {
      return super.renderErrorAsHTML(error, ctx)
    }
    const { Youch } = await import('youch')
    const html = await new Youch().toHTML(error, {
      request: redactedRequest(ctx.request.request),
      cspNonce: 'nonce' in ctx.response ? (ctx.response.nonce as string) : undefined,
    })
    ctx.response.status(error.status).send(html)
  }
}

/** A refusal's entries that name a field, as the form's field errors (first message each). */
function fieldMessages(error: FieldErrors) {
  const messages: Record<string, string[]> = {}
  for (const entry of error.toEntries()) {
    if (entry.field && !messages[entry.field]) messages[entry.field] = [entry.message]
  }
  return messages
}

function isForbidden(error: unknown) {
  const err = error as { status?: number; code?: string }
  return (
    err?.code === 'E_AUTHORIZATION_FAILURE' || (error instanceof DomainError && err.status === 403)
  )
}
