import { registry } from '@generated/registry'
import { createTuyau } from '@tuyau/core/client'

/**
 * Typed URL builder over the server's named routes (generated registry).
 */
export const client = createTuyau({ baseUrl: '/', registry })
export const urlFor = client.urlFor
