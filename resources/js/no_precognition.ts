/**
 * Stands in for `laravel-precognition` in the browser bundle (an alias in
 * vite.config.ts). Inertia's forms import it for live validation against the
 * server ("precognition"), which Waybill does not use: forms are validated
 * when they are sent. The real library and the helpers it pulls in cost every
 * page about 4 kB gzipped of entry chunk; this keeps what Inertia calls on
 * every form (`toSimpleValidationErrors`) and makes the rest fail loudly.
 */
function notUsed(): never {
  throw new Error('Precognition is not used here (resources/js/no_precognition.ts)')
}

export const client = {
  withXsrfCookieName: () => client,
  withXsrfHeaderName: () => client,
}
export const createValidator = notUsed
export const resolveName = notUsed

/** The first message of each field, as Inertia shows validation errors. */
export function toSimpleValidationErrors(errors: Record<string, string | string[]>) {
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [
      field,
      Array.isArray(messages) ? messages[0] : messages,
    ])
  )
}
