import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import app from '@adonisjs/core/services/app'
import { waitUntilServing } from '#tests/support/network'

/**
 * Built processes of one deployment, started and stopped by name: web
 * servers (`build/bin/server.js`) and queue workers (`build/ace.js
 * queue:work`), all with the same environment (one APP_KEY, database, Redis
 * and queue prefix).
 */
export class Cluster {
  readonly processes = new Map<string, ChildProcess>()
  #output = ''

  constructor(private env: Record<string, string | undefined>) {}

  get output() {
    return this.#output
  }

  async web(name: string, port: number) {
    this.#spawn(name, ['build/bin/server.js'], { PORT: String(port) })
    await waitUntilServing(
      `http://127.0.0.1:${port}/health/live`,
      [...this.processes.values()],
      () => this.#output
    )
    return `http://127.0.0.1:${port}`
  }

  worker(name: string) {
    // Workers serve no HTTP, but the environment's schema asks every process for a PORT.
    this.#spawn(name, ['build/ace.js', 'queue:work'], { PORT: '0' })
  }

  /** Sends a signal and waits for the process to exit; answers its exit code. */
  async signal(name: string, signal: NodeJS.Signals) {
    const child = this.processes.get(name)
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return child?.exitCode ?? null
    }
    const exited = once(child, 'exit')
    child.kill(signal)
    const [code] = (await exited) as [number | null]
    return code
  }

  async stop() {
    await Promise.all(
      [...this.processes.keys()].map(async (name) => {
        const timer = setTimeout(() => this.processes.get(name)?.kill('SIGKILL'), 10_000)
        await this.signal(name, 'SIGTERM')
        clearTimeout(timer)
      })
    )
  }

  #spawn(name: string, args: string[], extra: Record<string, string>) {
    const child = spawn(process.execPath, args, {
      cwd: app.makePath(),
      env: { ...this.env, ...extra },
    })
    const keep = (chunk: Buffer) =>
      (this.#output = (this.#output + `[${name}] ${chunk}`).slice(-20_000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    this.processes.set(name, child)
  }
}
