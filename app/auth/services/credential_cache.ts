import type { AuthenticatedUser } from '#core/auth/principal'
import type {
  PrincipalChange,
  PrincipalChangeListener,
  PrincipalChanges,
} from '#core/auth/principal_changes'
import type { FamilyAccessToken } from '#auth/services/access_token_store'
import type { VerifiedApiKey } from '#auth/services/api_key_store'

type Entry<Value> = { value: Value; until: number }

/**
 * Verified access tokens and API keys, and the accounts behind them, kept
 * in this process for a moment (ADR 0020), so a client's burst of requests
 * does not read them again on each one. Every entry goes the moment its
 * account, sign-in or key changes (a ban, a deactivation, a sign-out, a
 * rotation, a key revoked), said by any process through `PrincipalChanges`
 * once the change commits. While this
 * process cannot hear those changes (Redis down, or not subscribed yet)
 * nothing is kept and every request reads the database, as with no cache;
 * `ttlMs` bounds what a change whose message was lost could leave behind.
 */
export class CredentialCache implements PrincipalChangeListener {
  readonly #tokens = new Map<number, Entry<FamilyAccessToken>>()
  readonly #users = new Map<string, Entry<AuthenticatedUser>>()
  readonly #apiKeys = new Map<string, Entry<VerifiedApiKey>>()
  /** Moves on every change: a read that began before one keeps nothing. */
  #generation = 0
  #hearing = false
  #listening = false
  readonly #firstHeard = Promise.withResolvers<void>()

  constructor(
    private changes: PrincipalChanges,
    private options: { ttlMs: number; maxEntries: number },
    private now: () => number = Date.now
  ) {}

  /** The token with this id, if one is kept. */
  keptToken(id: number) {
    return this.#kept(this.#tokens, id)
  }

  /** Reads the token with this id with `load`, and keeps it if `worthKeeping`. */
  loadToken(
    id: number,
    load: () => Promise<FamilyAccessToken | null>,
    worthKeeping: (token: FamilyAccessToken) => boolean
  ) {
    return this.#load(this.#tokens, id, load, worthKeeping)
  }

  /** The API key with this prefix, if one is kept. */
  keptApiKey(prefix: string) {
    return this.#kept(this.#apiKeys, prefix)
  }

  /** Reads the API key with this prefix with `load`, and keeps it if `worthKeeping`. */
  loadApiKey(
    prefix: string,
    load: () => Promise<VerifiedApiKey | null>,
    worthKeeping: (key: VerifiedApiKey) => boolean
  ) {
    return this.#load(this.#apiKeys, prefix, load, worthKeeping)
  }

  /** The account with this uuid, kept or read with `load` (and kept). */
  async user(uuid: string, load: () => Promise<AuthenticatedUser | null>) {
    return this.#kept(this.#users, uuid) ?? this.#load(this.#users, uuid, load)
  }

  changed(change: PrincipalChange) {
    this.#generation++
    if ('userUuid' in change) {
      this.#users.delete(change.userUuid)
      this.#forgetTokens((token) => token.tokenableId === change.userUuid)
      for (const [prefix, entry] of this.#apiKeys) {
        if (entry.value.identity.ownerUuid === change.userUuid) this.#apiKeys.delete(prefix)
      }
    } else if ('familyId' in change) {
      this.#forgetTokens((token) => token.familyId === change.familyId)
    } else {
      this.#apiKeys.delete(change.apiKeyPrefix)
    }
  }

  hearing() {
    // A read that began while deaf may have missed a change.
    this.#generation++
    this.#hearing = true
    this.#firstHeard.resolve()
  }

  /**
   * Starts hearing changes (web processes at boot; otherwise on first use);
   * resolves once it does, from when on what is read is kept.
   */
  start() {
    if (this.options.ttlMs <= 0) return Promise.resolve()
    this.#listen()
    return this.#firstHeard.promise
  }

  deaf() {
    this.#hearing = false
    this.#generation++
    this.#tokens.clear()
    this.#users.clear()
    this.#apiKeys.clear()
  }

  #kept<Key, Value>(entries: Map<Key, Entry<Value>>, key: Key) {
    const entry = entries.get(key)
    if (!entry) return undefined
    if (entry.until > this.now() && this.#hearing) return entry.value
    entries.delete(key)
    return undefined
  }

  async #load<Key, Value>(
    entries: Map<Key, Entry<Value>>,
    key: Key,
    load: () => Promise<Value | null>,
    worthKeeping: (value: Value) => boolean = () => true
  ): Promise<Value | null> {
    if (this.options.ttlMs <= 0) return load()
    this.#listen()
    const began = this.now()
    const generation = this.#generation
    const value = await load()
    const unchanged = this.#hearing && generation === this.#generation
    if (value !== null && unchanged && worthKeeping(value)) {
      entries.delete(key)
      if (entries.size >= this.options.maxEntries) entries.delete(entries.keys().next().value!)
      entries.set(key, { value, until: began + this.options.ttlMs })
    }
    return value
  }

  #listen() {
    if (this.#listening) return
    this.#listening = true
    this.changes.listen(this)
  }

  #forgetTokens(matches: (token: FamilyAccessToken) => boolean) {
    for (const [id, entry] of this.#tokens) {
      if (matches(entry.value)) this.#tokens.delete(id)
    }
  }
}
