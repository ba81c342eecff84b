import { readdir } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Job, jobNameOf, type JobClass } from '#core/queue/job'
import { Listener, listenerNameOf, type ListenerClass } from '#core/events/listener'

const LOADABLE = new Set(['.ts', '.js'])

/**
 * Jobs and listeners found in the configured folders (`app/*\/jobs`,
 * `app/*\/listeners`): each file default-exports one class. Nothing to keep
 * in a hand-written list; names must be unique.
 */
export class Registry {
  readonly #jobs = new Map<string, JobClass>()
  readonly #listeners = new Map<string, ListenerClass>()
  readonly #byEvent = new Map<string, ListenerClass[]>()

  static async discover(appRoot: string, patterns: string[]): Promise<Registry> {
    const registry = new Registry()
    for (const file of await filesMatching(appRoot, patterns)) {
      const module = await import(pathToFileURL(file).href)
      const exported = module.default
      if (exported?.prototype instanceof Job) registry.addJob(exported)
      else if (exported?.prototype instanceof Listener) registry.addListener(exported)
    }
    return registry
  }

  addJob(job: JobClass) {
    const name = jobNameOf(job)
    if (this.#jobs.has(name) && this.#jobs.get(name) !== job) {
      throw new Error(`Two jobs are named "${name}"; set a distinct static jobName`)
    }
    this.#jobs.set(name, job)
  }

  addListener(listener: ListenerClass) {
    const name = listenerNameOf(listener)
    if (this.#listeners.has(name)) {
      if (this.#listeners.get(name) === listener) return
      throw new Error(`Two listeners are named "${name}"; set a distinct static listenerName`)
    }
    if (!listener.event?.eventName) {
      throw new Error(`Listener "${name}" must declare the event class it handles (static event)`)
    }
    this.#listeners.set(name, listener)
    const eventName = listener.event.eventName
    this.#byEvent.set(eventName, [...(this.#byEvent.get(eventName) ?? []), listener])
  }

  job(name: string): JobClass | undefined {
    return this.#jobs.get(name)
  }

  jobs(): JobClass[] {
    return [...this.#jobs.values()]
  }

  listener(name: string): ListenerClass | undefined {
    return this.#listeners.get(name)
  }

  listenersOf(eventName: string): ListenerClass[] {
    return this.#byEvent.get(eventName) ?? []
  }
}

/**
 * `app/*\/jobs` → every .ts/.js file (not .d.ts) in app/<any>/jobs. One `*`
 * segment is enough for our layout, so no glob library.
 */
async function filesMatching(root: string, patterns: string[]): Promise<string[]> {
  const files: string[] = []
  for (const pattern of patterns) {
    for (const directory of await expand(root, pattern.split('/'))) {
      const entries = await readdir(directory, { withFileTypes: true }).catch(() => [])
      for (const entry of entries) {
        const name = entry.name
        if (entry.isFile() && LOADABLE.has(extname(name)) && !name.endsWith('.d.ts')) {
          files.push(join(directory, name))
        }
      }
    }
  }
  return files.sort()
}

async function expand(base: string, segments: string[]): Promise<string[]> {
  if (segments.length === 0) return [base]
  const [head, ...rest] = segments
  if (head !== '*') return expand(join(base, head), rest)
  const entries = await readdir(base, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.filter((e) => e.isDirectory()).map((e) => expand(join(base, e.name), rest))
  )
  return nested.flat()
}
