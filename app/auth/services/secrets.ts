import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/** sha256 hex: secrets here are random and long, so a fast hash is enough. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** `digits` decimal digits from a CSPRNG, leading zeros kept. */
export function randomDigits(digits: number): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0')
}

export function secondsFromNow(seconds: number): Date {
  return new Date(Date.now() + seconds * 1000)
}

/**
 * Timestamps as the query builder binds them on both databases.
 */
export function iso(date: Date): string {
  return date.toISOString()
}
