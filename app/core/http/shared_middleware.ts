import app from '@adonisjs/core/services/app'

type MiddlewareClass = abstract new (...args: any[]) => unknown
type MiddlewareModule = { default: MiddlewareClass }

/** The instance being built or built, per middleware class (one per class, even when first requests race). */
const instances = new WeakMap<MiddlewareClass, Promise<void>>()

/**
 * A middleware built once for the process instead of once per request.
 * AdonisJS asks the request's container for a new instance of every
 * middleware on every request, injecting its dependencies each time: 14
 * middleware and their dependency trees per API call, about 3% of the item
 * list's server CPU in an A/B (bench/README.md). Only for a middleware that
 * keeps nothing of a request on itself (what a request needs lives on its
 * context), which is true of every middleware in `start/kernel.ts`. The
 * global ones now run in chains (`#core/http/middleware_chain`), which also
 * save the slot per middleware; a per-route middleware keeps its own slot:
 *
 *   router.named({ authenticated: shared(() => import('#auth/middleware/authenticated_middleware')) })
 *
 * The first request builds it through the container, so `@inject()` and a
 * package's own binding work as before; the instance is then bound as a
 * value, which the container prefers to a factory binding. So a test that
 * swaps one of its dependencies must swap the middleware itself (swaps
 * still win). A module reloaded during development is a new class, built
 * anew.
 */
export function shared<Module extends MiddlewareModule>(load: () => Promise<Module>) {
  const { container } = app
  const sharedMiddleware = async (): Promise<Module> => {
    const module = await load()
    const Middleware = module.default
    let instance = instances.get(Middleware)
    if (!instance) {
      instance = container
        .make(Middleware as any)
        .then((built) => container.bindValue(Middleware, built))
      instances.set(Middleware, instance)
      // A failed build is tried again on the next request, as an unshared one would be.
      instance.catch(() => instances.delete(Middleware))
    }
    await instance
    return module
  }
  // AdonisJS names a middleware after its import function (debug output).
  Object.defineProperty(sharedMiddleware, 'name', { value: load.name })
  return sharedMiddleware
}
