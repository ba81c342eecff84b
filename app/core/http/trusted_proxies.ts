import proxyAddr from 'proxy-addr'

/**
 * Which peers may tell us the client's address (`X-Forwarded-For`) and
 * protocol: the proxies in `TRUSTED_PROXIES` (addresses, CIDR ranges or
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal`), or none.
 * Trusting anyone would let a client pick the address every per-IP rate
 * limit is keyed on.
 */
export function trustProxyFrom(list: string[] | undefined) {
  if (!list || list.length === 0) return false
  return proxyAddr.compile(list)
}

/** `TRUSTED_PROXIES` as a list; throws on an entry proxy-addr does not understand. */
export function parseTrustedProxies(value: string): string[] {
  const list = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  proxyAddr.compile(list)
  return list
}
