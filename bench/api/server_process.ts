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
    private inspectable: boolean
  ) {}

  static async start(options: {
    name: string
    args: string[]
    cwd: string
    env: NodeJS.ProcessEnv
    port: number
    readyPath: string
    /**
     * Whether `collectGarbage` may open the V8 inspector (SIGUSR1, on
     * 127.0.0.1 and a port the system picks); it is closed otherwise.
     */
    inspectable?: boolean
  }): Promise<ServerProcess> {
    const url = `http://127.0.0.1:${options.port}`
    if (await answers(url)) throw new Error(`${options.name}: port ${options.port} is taken`)
    const inspector = options.inspectable ? ['--inspect-port=127.0.0.1:0'] : []
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
    const server = new ServerProcess(
      options.name,
      url,
      child,
      () => output,
      options.inspectable ?? false
    )
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
   * does under memory pressure), through the V8 inspector: SIGUSR1 opens it,
   * the collection runs, and the server closes it again, so whatever runs
   * next runs without it. What is resident afterwards is what the process
   * holds on to: the figure a leak makes grow.
   */
  async collectGarbage() {
    if (!this.inspectable) throw new Error(`${this.name} was started without an inspector`)
    const address = this.#inspectorAddress()
    // Awaited below; caught here so a failed signal leaves no unhandled rejection behind.
    address.catch(() => {})
    process.kill(this.pid, 'SIGUSR1')
    const socket = new WebSocket(await address)
    const timer = setTimeout(() => socket.close(), 30_000)
    try {
      await new Promise<void>((resolve, reject) => {
        socket.addEventListener('open', () => resolve(), { once: true })
        socket.addEventListener('close', () => reject(this.#inspectorError('closed')), {
          once: true,
        })
      })
      let lastId = 0
      const call = (method: string, params: object = {}) =>
        new Promise<void>((resolve, reject) => {
          const id = ++lastId
          const onMessage = (event: MessageEvent) => {
            const message = JSON.parse(String(event.data))
            if (message.id !== id) return
            socket.removeEventListener('message', onMessage)
            if (message.error) reject(this.#inspectorError(`${method}: ${message.error.message}`))
            else resolve()
          }
          socket.addEventListener('message', onMessage)
          socket.addEventListener('close', () => reject(this.#inspectorError(`${method}: closed`)))
          socket.send(JSON.stringify({ id, method, params }))
        })
      await call('HeapProfiler.enable')
      await call('HeapProfiler.collectGarbage')
      await call('HeapProfiler.disable')
      // `inspector.close()` waits for this session to end: once it has.
      await call('Runtime.evaluate', {
        expression: `setTimeout(() => process.getBuiltinModule('node:inspector').close(), 200)`,
      })
    } finally {
      clearTimeout(timer)
      socket.close()
    }
  }

  /** The inspector's WebSocket address, from the line the server prints when it opens. */
  #inspectorAddress() {
    return new Promise<string>((resolve, reject) => {
      let printed = ''
      const onData = (chunk: Buffer) => {
        printed += chunk
        const address = /Debugger listening on (ws:\/\/\S+)/.exec(printed)?.[1]
        if (!address) return
        done()
        resolve(address)
      }
      const timer = setTimeout(() => {
        done()
        reject(this.#inspectorError('it did not open within 10 s'))
      }, 10_000)
      const done = () => {
        clearTimeout(timer)
        this.child.stderr!.off('data', onData)
      }
      this.child.stderr!.on('data', onData)
    })
  }

  #inspectorError(reason: string) {
    return new Error(`${this.name}: inspector: ${reason}\n${this.output()}`)
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
