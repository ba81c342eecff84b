import { onBeforeUnmount, onMounted, ref, watch } from 'vue'
import { router } from '@inertiajs/vue3'
import { useDebounceFn, useDocumentVisibility, useOnline } from '@vueuse/core'
import type { Transmit } from '@adonisjs/transmit-client'

export type LiveState = 'connecting' | 'live' | 'reconnecting'

/**
 * Keeps a page current: listens to live-update channels (Server-Sent Events
 * through Transmit) and, when one says something changed, reloads the page's
 * props (`only` those given), debounced. A message means "this changed",
 * never the data itself, so what the page shows always comes from the
 * server's queries. After a dropped connection, and when the page becomes
 * visible again, it reloads too (what it missed meanwhile).
 *
 * A subscription the server refuses, or a stream the browser gives up on (an
 * answer other than 200: an expired session, a proxy with no process behind
 * it), starts everything again after a pause that grows to 30 s; the reload
 * that comes with it takes a signed-out person to the sign-in page.
 *
 * The client library is loaded on first use, so pages without live updates
 * do not carry it.
 */
export function useLive(channels: () => string[], options: { only?: string[] } = {}) {
  const state = ref<LiveState>('connecting')
  const online = useOnline()
  const visibility = useDocumentVisibility()
  const reload = useDebounceFn(() => router.reload({ only: options.only }), 250)

  let transmit: Transmit | undefined
  let missed = false
  let stopped = false
  let failures = 0
  let restartTimer: ReturnType<typeof setTimeout> | undefined

  function restartLater() {
    if (stopped || restartTimer) return
    state.value = 'reconnecting'
    transmit?.close()
    transmit = undefined
    const delay = Math.min(30_000, 2_000 * 2 ** failures++)
    restartTimer = setTimeout(() => {
      restartTimer = undefined
      void start()
    }, delay)
  }

  async function start() {
    const { Transmit: Client } = await import('@adonisjs/transmit-client')
    if (stopped) return
    let subscribed = false
    const client = new Client({
      baseUrl: window.location.origin,
      // The browser's own retries while the stream drops; restartLater() when it gives up.
      maxReconnectAttempts: 0,
      eventSourceFactory(url, init) {
        const source = new EventSource(url, init)
        source.addEventListener('error', () => {
          if (transmit === client && source.readyState === EventSource.CLOSED) restartLater()
        })
        return source
      },
      onSubscribeFailed: () => {
        if (transmit === client) restartLater()
      },
    })
    transmit = client
    client.on('connected', () => {
      if (subscribed) state.value = 'live'
      if (missed) reload()
      missed = false
    })
    client.on('reconnecting', () => {
      state.value = 'reconnecting'
      missed = true
    })
    for (const channel of channels()) {
      const subscription = client.subscription(channel)
      subscription.onMessage(() => reload())
      await subscription.create()
      if (transmit !== client) return // it failed and starts again
    }
    // 'live' once the stream is open and every channel is subscribed.
    subscribed = true
    failures = 0
    state.value = 'live'
    if (missed) reload()
    missed = false
  }

  onMounted(() => void start())

  watch(state, (now, before) => {
    if (now === 'reconnecting' && before !== 'reconnecting') missed = true
  })
  watch(visibility, (now, before) => {
    if (now === 'visible' && before === 'hidden') reload()
  })
  watch(online, (isOnline) => {
    if (isOnline) reload()
  })

  onBeforeUnmount(() => {
    stopped = true
    clearTimeout(restartTimer)
    transmit?.close()
  })

  return { state, online }
}
