import { SmsSender, type SmsMessage } from '#auth/contracts/sms_sender'

/**
 * Posts `{"to","text"}` as JSON to the provider URL with a bearer token. A
 * non-2xx answer throws, so the job is retried with backoff.
 */
export class HttpSmsSender extends SmsSender {
  constructor(
    private url: string,
    private token: string | undefined
  ) {
    super()
  }

  async send(message: SmsMessage) {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) {
      throw new Error(`SMS provider answered ${response.status}`)
    }
  }
}
