import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Starts `node ace queue:work …` as a separate process (benchmarks and tests
 * use it to run workers the way production does) and resolves once the
 * worker reports that it started. Its log level must be info or lower.
 * `command` replaces `ace queue:work` (the events benchmark's bare worker
 * prints the same line).
 */
export async function spawnWorkerProcess(options: {
  appRoot: string
  command?: string[]
  args?: string[]
  env?: NodeJS.ProcessEnv
  readyTimeoutMs?: number
}): Promise<ChildProcess> {
  const command = options.command ?? ['ace', 'queue:work']
  const child = spawn(process.execPath, [...command, ...(options.args ?? [])], {
    cwd: options.appRoot,
    env: { ...process.env, LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Nobody will hold this child any more: a worker left to start late
      // would take jobs (and, on SQLite, the database lock) from whoever runs next.
      child.kill('SIGKILL')
      reject(new Error(`worker did not start:\n${output}`))
    }, options.readyTimeoutMs ?? 20_000)
    const onExit = (code: number | null) =>
      reject(new Error(`worker exited (${code}) before starting:\n${output}`))
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes('queue worker started')) {
        clearTimeout(timer)
        child.off('exit', onExit)
        // Keep draining its output so a chatty worker never blocks on a full pipe.
        output = ''
        child.stdout!.off('data', onData).resume()
        child.stderr!.off('data', onData).resume()
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', onExit)
  })
  return child
}

export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)))
}
