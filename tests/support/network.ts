import { createServer } from 'node:net'

/**
 * A loopback port nothing listens on: bind an ephemeral port, then release it.
 */
export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

/**
 * Waits until `url` answers 2xx, failing early when the processes serving it
 * have exited. `output` gives what they printed, for the error message.
 */
export async function waitUntilServing(
  url: string,
  processes: { exitCode: number | null }[],
  output: () => string,
  timeoutMs = 60_000
) {
  const deadline = Date.now() + timeoutMs
  while (true) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.ok) return
    const exited = processes.find((child) => child.exitCode !== null)
    if (exited)
      throw new Error(`a process serving ${url} exited with ${exited.exitCode}:\n${output()}`)
    if (Date.now() > deadline)
      throw new Error(`${url} did not answer in ${timeoutMs} ms:\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
