export type SmsMessage = { to: string; text: string }

/**
 * Sends a text message. Implementations: `log` (development: kept in Redis
 * for `node ace sms:outbox`) and `http` (a provider's HTTP API). Called only
 * from the queued SendSmsJob, so a slow provider never holds a request.
 */
export abstract class SmsSender {
  abstract send(message: SmsMessage): Promise<void>
}
