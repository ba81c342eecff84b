import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

type Middleware = { handle(ctx: HttpContext, next: NextFn): unknown }
type MiddlewareModule = { default: abstract new (...args: any[]) => Middleware }
type ErrorHandler = {
  report(error: unknown, ctx: HttpContext): unknown
  handle(error: unknown, ctx: HttpContext): unknown
}
type ErrorHandlerModule = { default: abstract new (...args: any[]) => ErrorHandler }

/**
 * Chains of middleware, each run in one slot of AdonisJS's middleware
 * stack (ADR 0022). For every middleware in its stack, on every request,
 * AdonisJS imports the module, asks the request's container for an
 * instance, asks it again for the `handle` method's arguments and traces
 * the call. Thirteen middleware in two chains instead of thirteen slots
 * took 8–11% off the item list's server CPU (bench/README.md, "Middleware
 * in one slot"). A chain builds its middleware once, through the
 * application's container (`@inject()` works as before), and calls them in
 * order directly.
 *
 * An error a middleware raises, or lets through from the ones after it, is
 * reported and rendered by `errorHandler` at that middleware, as AdonisJS
 * does at each slot: the middleware before it see their `next()` resolve,
 * with the error's response in place. Only for middleware that keep
 * nothing of a request on themselves (what a request needs lives on its
 * context), which is true of every middleware in `start/kernel.ts`.
 *
 *   const chain = middlewareChain(() => import('#core/exceptions/handler'))
 *   server.use([chain([() => import('#core/middleware/request_id_middleware'), …])])
 */
export function middlewareChain(errorHandler: () => Promise<ErrorHandlerModule>) {
  return (loads: (() => Promise<MiddlewareModule>)[]) => {
    const build = async () => {
      const { container } = app
      const { default: ErrorHandlerClass } = await errorHandler()
      const errors = await container.make(ErrorHandlerClass as any)
      const modules = await Promise.all(loads.map((load) => load()))
      const middleware = await Promise.all(
        modules.map((module) => container.make(module.default as any))
      )
      return { middleware: middleware as Middleware[], errors: errors as ErrorHandler }
    }
    let building: ReturnType<typeof build> | undefined
    let built: Awaited<ReturnType<typeof build>> | undefined

    class MiddlewareChain {
      async handle(ctx: HttpContext, next: NextFn) {
        if (!built) {
          if (!building) {
            building = build()
            // A failed build is tried again on the next request.
            building.catch(() => (building = undefined))
          }
          built = await building
        }
        const { middleware, errors } = built
        const rendered = async (error: unknown) => {
          await errors.report(error, ctx)
          return errors.handle(error, ctx)
        }
        // Plain calls and one `catch` per member: an async function per
        // member cost most of what the chain saves (bench/README.md).
        const run = (index: number): unknown => {
          // The slot after the chain answers for its own errors.
          if (index === middleware.length) return next()
          try {
            const result = middleware[index].handle(ctx, () => run(index + 1))
            return result instanceof Promise ? result.catch(rendered) : result
          } catch (error) {
            return rendered(error)
          }
        }
        return run(0)
      }
    }

    const module = { default: MiddlewareChain }
    const load = async () => module
    // AdonisJS names a middleware after its import function (debug output): the chain's members.
    Object.defineProperty(load, 'name', { value: `chain(${loads.map(importedPath).join(', ')})` })
    return load
  }
}

/** The module an import function imports, as written (`() => import('#core/…')`). */
function importedPath(load: () => unknown) {
  return /import\(\s*['"]([^'"]+)['"]\s*\)/.exec(String(load))?.[1] ?? (load.name || 'anonymous')
}
