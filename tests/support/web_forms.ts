/**
 * The field errors a form's redirect flashed (what Inertia shows next to
 * each field): VineJS errors and a use case's field refusals alike. The
 * session plugin's own assertions read the `errors` key AdonisJS 7 no longer
 * writes.
 */
export function fieldErrors(response: { flashMessage(key: string): any }) {
  return (response.flashMessage('inputErrorsBag') ?? {}) as Record<string, string[]>
}
