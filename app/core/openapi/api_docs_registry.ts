import type { ModuleApiDocs } from '#core/openapi/api_docs'

type Loader = () => Promise<{ default: ModuleApiDocs }>

/**
 * Each module registers its `api_docs.ts` here from its provider; the
 * files load only when the document is first asked for.
 */
export class ApiDocsRegistry {
  readonly #loaders: Loader[] = []

  register(loader: Loader) {
    this.#loaders.push(loader)
  }

  async load(): Promise<ModuleApiDocs[]> {
    const loaded = await Promise.all(this.#loaders.map((loader) => loader()))
    return loaded.map((module) => module.default)
  }
}

export const apiDocsRegistry = new ApiDocsRegistry()
