/**
 * Reads a small JSON answer of a web route (a picker's options) with the
 * session's cookies; anything but a 2xx is an error for the caller to show.
 */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return (await response.json()) as T
}
