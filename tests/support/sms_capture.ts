import { once } from 'node:events'
import { createServer, type Server } from 'node:http'

export type SentSms = { to: string; text: string }

/**
 * An SMS gateway for built processes: their real http SMS driver
 * (`SMS_DRIVER=http`, `SMS_HTTP_URL` = {@link start}'s answer) posts every
 * message here, and a test reads the code a driver was sent. The job that
 * sends a code is removed from Redis once it completes, so the queue is no
 * place to look for it.
 */
export class SmsCapture {
  readonly sent: SentSms[] = []
  #server?: Server

  /** Listens on a free port; answers the URL to give the processes. */
  async start() {
    this.#server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => (body += chunk))
      request.on('end', () => {
        this.sent.push(JSON.parse(body))
        response.writeHead(204).end()
      })
    })
    this.#server.listen(0, '127.0.0.1')
    await once(this.#server, 'listening')
    const address = this.#server.address() as { port: number }
    return `http://127.0.0.1:${address.port}/sms`
  }

  /** The code in the last SMS sent to this number (waits for a worker to send it). */
  async codeSentTo(phonenumber: string, timeoutMs = 20_000, output = () => '') {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const sms = this.sent.findLast((message) => message.to === phonenumber)
      const code = sms?.text.match(/\b(\d{6})\b/)?.[1]
      if (code) return code
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`no SMS reached ${phonenumber} in ${timeoutMs} ms\n${output()}`)
  }

  stop() {
    this.#server?.close()
  }
}
