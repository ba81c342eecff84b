import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { BodyParserMiddleware as BodyParser } from '@adonisjs/bodyparser/bodyparser_middleware'
import { DomainError } from '#core/exceptions/domain_error'

/**
 * 400: the body cannot be read as its `Content-Type` and `Content-Encoding`
 * say (not gzip although labelled so, broken JSON, JSON nested too deep to
 * parse, a broken multipart stream). Says nothing of the parser's internals.
 */
export class MalformedBody extends DomainError {
  static status = 400
  static code = 'parse_error'
  static message =
    'The request body could not be read: it does not match its Content-Type or Content-Encoding.'
}

/** 415: a `Content-Encoding` the server does not decode (it takes gzip, deflate and identity). */
export class UnsupportedBodyEncoding extends DomainError {
  static status = 415
  static code = 'unsupported_media_type'
  static message = 'Unsupported Content-Encoding: send gzip, deflate or identity.'
}

/** HTTP methods whose bodies are parsed (config/bodyparser.ts `allowedMethods`). */
export const BODY_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE']

/**
 * AdonisJS's body parser, with its failures turned into the two errors
 * above. Without this, a body that fails to inflate reached the exception
 * handler as a bare zlib error (a 500 with a stack in development) and a
 * JSON body nested too deep as a 400 "Maximum call stack size exceeded".
 * Only failures of the parsing itself are translated: once the body is read,
 * whatever the route does next throws as it would.
 */
@inject()
export default class BodyParserMiddleware {
  constructor(private parser: BodyParser) {}

  async handle(ctx: HttpContext, next: NextFn) {
    let parsed = false
    try {
      return await this.parser.handle(ctx, () => {
        parsed = true
        return next()
      })
    } catch (error) {
      if (parsed) throw error
      throw unreadable(error)
    }
  }
}

function unreadable(error: any): unknown {
  const status = Number(error?.status)
  // Raised by inflation (or raw-body as E_ENCODING_UNSUPPORTED) for an encoding it does not know.
  if (status === 415) return new UnsupportedBodyEncoding(undefined, { cause: error })
  // Too large (413) and the like keep their own status and message.
  if (status > 400 && status < 500) return error
  return new MalformedBody(undefined, { cause: error })
}
