import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Server as NetServer } from 'node:net'

/**
 * An HTTP server whose `close()` (called by AdonisJS when the process gets
 * SIGTERM) drains instead of cutting: it stops accepting connections, then
 * answers every request it has accepted, including those on connections it
 * accepted but had not yet read under load, which Node's own `close()`
 * resets as "idle". Each answer from then on carries `Connection: close`,
 * so clients open their next request elsewhere; keep-alive connections
 * left without a request end at the keep-alive timeout. Long-lived
 * responses marked with `endsAtShutdown` (event streams) end at once, so
 * their browsers reconnect to a process that stays. Whatever is still open
 * after `graceMs` (a stalled upload) is closed then.
 */
const endless = new Set<ServerResponse>()
/** Set when this process's server starts draining: no new event stream stays open. */
let streamsEnd = false

/**
 * A response that never finishes on its own (an event stream): ended when
 * the server drains, or at once if it already is (a browser reconnecting on
 * a keep-alive connection the stopping process still has open).
 */
export function endsAtShutdown(response: ServerResponse) {
  if (streamsEnd) {
    setImmediate(() => response.end())
    return
  }
  endless.add(response)
  response.once('close', () => endless.delete(response))
}

export function createGracefulServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  options: { graceMs?: number } = {}
): Server {
  const graceMs = options.graceMs ?? 25_000
  const server = createServer(handler)
  const open = new Set<ServerResponse>()
  let draining = false

  server.prependListener('request', (_request, response: ServerResponse) => {
    if (draining) response.shouldKeepAlive = false
    open.add(response)
    response.once('close', () => open.delete(response))
  })

  server.close = function close(callback?: (error?: Error) => void) {
    draining = true
    streamsEnd = true
    for (const response of open) response.shouldKeepAlive = false
    for (const response of endless) if (open.has(response)) response.end()
    // The net.Server close: stop listening, call back once every connection has ended.
    NetServer.prototype.close.call(server, callback)
    setTimeout(() => server.closeAllConnections(), graceMs).unref()
    return server
  }

  return server
}
