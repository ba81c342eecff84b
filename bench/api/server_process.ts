import { spawn, type ChildProcess } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { exitOf } from '#core/queue/worker_process'

/**
 * A server under load, in its own process: started, waited for, measured
 * (peak resident memory) and stopped by pid.
 */
export class ServerProcess {
  private constructor(
    readonly name: string,
    readonly url: string,
    private child: ChildProcess,
    private output: () => string,
    private inspectorPort?: number
  ) {}

  static async start(options: {
    name: string
    args: string[]
    cwd: string
    env: NodeJS.ProcessEnv
    port: number
    readyPath: string
    /**
     * Where the V8 inspector listens once `collectGarbage` opens it (SIGUSR1):
     * closed until then, so the load runs before it go without it.
     */
    inspectorPort?: number
  }): Promise<ServerProcess> {
    const url = `http://127.0.0.1:${options.port}`
    if (await answers(url)) throw new Error(`${options.name}: port ${options.port} is taken`)
    const inspector = options.inspectorPort
      ? [`--inspect-port=127.0.0.1:${options.inspectorPort}`]
      : []
    const child = spawn(process.execPath, [...inspector, ...options.args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, HOST: '127.0.0.1', PORT: String(options.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    // The last few kilobytes of its output, for the error when it fails to start.
    let output = ''
    const keep = (chunk: Buffer) => (output = (output + chunk).slice(-4_000))
    child.stdout!.on('data', keep)
    child.stderr!.on('data', keep)
    const server = new ServerProcess(options.name, url, child, () => output, options.inspectorPort)
    await server.#waitUntilReady(options.readyPath)
    return server
  }

  get pid() {
    return this.child.pid!
  }

  async #waitUntilReady(path: string) {
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break
      try {
        const response = await fetch(this.url + path)
        await response.arrayBuffer()
        if (response.status < 500) return
      } catch {
        // Not listening yet.
      }
      await sleep(100)
    }
    await this.stop()
    throw new Error(`${this.name} did not start:\n${this.output()}`)
  }

  /** Starts a new peak-memory window (Linux: clear_refs 5 resets VmHWM). */
  async resetPeakMemory() {
    await writeFile(`/proc/${this.pid}/clear_refs`, '5').catch(() => {})
  }

  /** Peak resident memory since the last reset, in bytes. */
  async peakMemory(): Promise<number> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      throw new Error(`${this.name} exited under load:\n${this.output()}`)
    }
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8')
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    return Number(kb ?? 0) * 1024
  }

  /** Resident memory now, in bytes. */
  async memory(): Promise<number> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024
  }

  /**
   * A full garbage collection in the server (all it can give back, as V8
   * does under memory pressure), through the V8 inspector, which SIGUSR1
   * opens on the port given at start. What is resident afterwards is what
   * the process holds on to: the figure a leak makes grow.
   */
  async collectGarbage() {
    if (!this.inspectorPort) throw new Error(`${this.name} was started without an inspector port`)
    process.kill(this.pid, 'SIGUSR1')
    const deadline = Date.now() + 10_000
    let targets: { webSocketDebuggerUrl: string }[] | undefined
    while (!targets) {
      try {
        const response = await fetch(`http://127.0.0.1:${this.inspectorPort}/json/list`)
        targets = (await response.json()) as { webSocketDebuggerUrl: string }[]
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`${this.name}: no inspector`, { cause: error })
        await sleep(100)
      }
    }
    const socket = new WebSocket(targets![0].webSocketDebuggerUrl)
    try {
      await new Promise((resolve, reject) => {
        socket.addEventListener('open', resolve, { once: true })
        socket.addEventListener('error', reject, { once: true })
      })
      let lastId = 0
      const call = (method: string) =>
        new Promise<void>((resolve, reject) => {
          const id = ++lastId
          const onMessage = (event: MessageEvent) => {
            const message = JSON.parse(String(event.data))
            if (message.id !== id) return
            socket.removeEventListener('message', onMessage)
            if (message.error) reject(new Error(`${method}: ${message.error.message}`))
            else resolve()
          }
          socket.addEventListener('message', onMessage)
          socket.send(JSON.stringify({ id, method }))
        })
      await call('HeapProfiler.enable')
      await call('HeapProfiler.collectGarbage')
      await call('HeapProfiler.disable')
    } finally {
      socket.close()
    }
  }

  async stop() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM')
    const exited = exitOf(this.child)
    const timeout = sleep(10_000).then(() => 'timeout' as const)
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      this.child.kill('SIGKILL')
      await exited
    }
  }
}

async function answers(url: string) {
  try {
    const response = await fetch(url)
    await response.arrayBuffer()
    return true
  } catch {
    return false
  }
}
