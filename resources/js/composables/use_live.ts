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
 * The client library is loaded on first use, so pages without live updates
 * do not carry it.
 */
export function useLive(channels: () => string[], options: { only?: string[] } = {}) {
  const state = ref<LiveState>('connecting')
  const online = useOnline()
  const visibility = useDocumentVisibility()
  const reload = useDebounceFn(() => {
    router.reload({ only: options.only })
  }, 250)

  let transmit: Transmit | undefined
  let missed = false
  let subscribed = false
  let stopped = false

  onMounted(async () => {
    const { Transmit } = await import('@adonisjs/transmit-client')
    if (stopped) return
    transmit = new Transmit({
      baseUrl: window.location.origin,
      // Keep trying while the page is open; the banner says so.
      maxReconnectAttempts: 0,
    })
    transmit.on('connected', () => {
      if (subscribed) state.value = 'live'
      if (missed) reload()
      missed = false
    })
    transmit.on('reconnecting', () => {
      state.value = 'reconnecting'
      missed = true
    })
    for (const channel of channels()) {
      const subscription = transmit.subscription(channel)
      subscription.onMessage(() => reload())
      await subscription.create().catch(() => (missed = true))
    }
    // 'live' once the stream is open and every channel is subscribed.
    subscribed = true
    if (state.value === 'connecting') state.value = 'live'
  })

  watch(visibility, (now, before) => {
    if (now === 'visible' && before === 'hidden') reload()
  })
  watch(online, (isOnline) => {
    if (isOnline) reload()
  })

  onBeforeUnmount(() => {
    stopped = true
    transmit?.close()
  })

  return { state, online }
}
