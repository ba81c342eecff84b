/*
|--------------------------------------------------------------------------
| HTTP server entry point
|--------------------------------------------------------------------------
*/
import 'reflect-metadata'
import { prettyPrintError } from '@adonisjs/core'
import { createIgnitor } from './ignitor.js'
import { createGracefulServer } from '#core/http/graceful_server'

/**
 * SIGTERM drains: no new connections, every accepted request answered
 * (#core/http/graceful_server).
 */
createIgnitor()
  .httpServer()
  .start((handler) => createGracefulServer(handler))
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
