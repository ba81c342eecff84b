import app from '@adonisjs/core/services/app'

type MiddlewareModule = { default: abstract new (...args: any[]) => unknown }

/**
 * A middleware built once for the process instead of once per request.
 * AdonisJS asks the request's container for a new instance of every
 * middleware on every request, injecting its dependencies each time: 16
 * middleware and their dependency trees per API request, about 5% of the
 * item list's server CPU. Only for a middleware that keeps nothing of a
 * request on itself (what a request needs lives on its context), which is
 * true of every middleware in `start/kernel.ts`.
 *
 *   server.use([shared(() => import('#core/middleware/request_id_middleware'))])
 *
 * The first request builds it through the container, so `@inject()` works as
 * before; afterwards the container hands out that instance. With Vite's hot
 * reload a changed module is a new class, built anew.
 */
export function shared<Module extends MiddlewareModule>(load: () => Promise<Module>) {
  const { container } = app
  return async function sharedMiddleware(): Promise<Module> {
    const module = await load()
    const Middleware = module.default
    if (!container.hasBinding(Middleware)) {
      container.bindValue(Middleware, await container.make(Middleware as any))
    }
    return module
  }
}
