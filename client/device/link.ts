// The device link: everything a kiosk or screen needs to stay current without anyone looking after it.
// It pairs (or takes its token), shows the last snapshot it saved, connects to the hub's /device
// namespace, catches up (`changes`, or `stale` and a snapshot over HTTP), keeps the snapshot saved,
// sends heartbeats, queues kiosk registrations while the hub is away, and exposes it all as signals.
import { batch, signal, type Signal } from '@preact/signals'
import { io, type Socket } from 'socket.io-client'
import type { Snapshot } from '../../content/model.ts'
import type {
  BroadcastPayload,
  ChangesPayload,
  CounterPayload,
  DeviceHello,
  DeviceRegistration,
  DeviceToHubEvents,
  HubToDeviceEvents,
  RegisterAck,
} from '../../server/realtime/events.ts'
import { applyChanges } from './apply-changes.ts'
import { forgetToken, pair, takeToken, type DeviceKind } from './credentials.ts'
import { fetchSnapshot } from './fetch-snapshot.ts'
import { createOutbox, type RegisterResult } from './outbox.ts'
import { createDeviceStorage, type DeviceStorage } from './storage.ts'
import { createUsageCounter } from './usage.ts'

export type { RegisterResult }

/** starting: reading what was saved; pairing: showing a code; live: connected and current. */
export type LinkPhase = 'starting' | 'pairing' | 'connecting' | 'live' | 'offline'

export interface DeviceLink {
  phase: Signal<LinkPhase>
  pairingCode: Signal<string | null>
  snapshot: Signal<Snapshot | null>
  /** When the shown content was last known to be the hub's current content. */
  syncedAt: Signal<Date | null>
  device: Signal<DeviceHello | null>
  broadcasts: Signal<BroadcastPayload[]>
  /** Registrations today per job or fair, keyed `job:ID` / `fair:ID`, as the hub last counted. */
  counters: Signal<Record<string, number>>
  /** True for 10 s after staff pressed "identify" for this device. */
  identifying: Signal<boolean>
  /** Registrations waiting for the hub. */
  queued: Signal<number>
  register(payload: DeviceRegistration): Promise<RegisterResult>
  track(
    type: 'view' | 'tap' | 'scene' | 'qr-shown',
    kind?: 'job' | 'fair' | 'announcement' | 'scene',
    id?: string,
  ): void
  /** Sends the usage counted so far now (when the hub is there) instead of at the next minute. */
  sendUsage(): void
  stop(): void
}

export interface LinkOptions {
  kind: DeviceKind
  /** The app's name and build, reported in heartbeats. */
  app: string
  /** The build this page was made from; when the hub serves another, the page reloads itself. */
  build?: string
  storage?: DeviceStorage
  heartbeatMs?: number
  /** Called instead of location.reload(), for tests and for a face that wants to save state first. */
  reload?: () => void
}

const IDENTIFY_MS = 10_000
const SAVE_DELAY_MS = 2_000

export function startDeviceLink(options: LinkOptions): DeviceLink {
  const storage = options.storage ?? createDeviceStorage(`jobhub-${options.kind}`)
  const reload = options.reload ?? (() => location.reload())
  // `astro dev` rebuilds on every edit; only a real build is worth comparing with the hub's.
  const build = options.build ?? (import.meta.env.PROD ? import.meta.env.PUBLIC_BUILD_ID : undefined)
  const startedAt = Date.now()
  const stopped = new AbortController()

  const link = {
    phase: signal<LinkPhase>('starting'),
    pairingCode: signal<string | null>(null),
    snapshot: signal<Snapshot | null>(null),
    syncedAt: signal<Date | null>(null),
    device: signal<DeviceHello | null>(null),
    broadcasts: signal<BroadcastPayload[]>([]),
    counters: signal<Record<string, number>>({}),
    identifying: signal(false),
    queued: signal(0),
  }

  let socket: Socket<HubToDeviceEvents, DeviceToHubEvents> | undefined
  let token: string | undefined
  let etag: string | undefined
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      fn()
    }, ms)
    timers.add(timer)
    return timer
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined
  function saveSoon() {
    if (saveTimer) return
    saveTimer = later(SAVE_DELAY_MS, () => {
      saveTimer = undefined
      const snapshot = link.snapshot.value
      if (snapshot)
        void storage.saveSnapshot({ snapshot, syncedAt: (link.syncedAt.value ?? new Date()).toISOString() })
    })
  }

  function synced() {
    link.syncedAt.value = new Date()
    saveSoon()
  }

  function heartbeat() {
    if (!socket?.connected) return
    if (link.queued.value > 0) void outbox.flush()
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory
    socket.emit('heartbeat', {
      rev: link.snapshot.value?.rev ?? 0,
      app: options.app.slice(0, 40),
      uptimeS: Math.round((Date.now() - startedAt) / 1000),
      ...(memory ? { heapMB: Math.round((memory.usedJSHeapSize / 1048576) * 10) / 10 } : {}),
    })
  }

  const outbox = createOutbox({
    storage,
    send: (payload) => {
      if (!socket?.connected) return Promise.reject(new Error('offline'))
      return socket.timeout(8_000).emitWithAck('register', payload) as Promise<RegisterAck>
    },
    onSize: (size) => (link.queued.value = size),
  })
  const usage = createUsageCounter((events) => {
    if (!socket?.connected) return false
    socket.emit('track', { events })
    return true
  })

  // Staff's "fetch it all again" answer: a missed change cannot be patched in, so the whole
  // snapshot comes over HTTP, compressed and answered from the hub's cache.
  let fetching: Promise<void> | undefined
  function refetch(attempt = 0): Promise<void> {
    fetching ??= fetchSnapshot(token!, etag)
      .then((result) => {
        if (result.status === 'fresh') {
          etag = result.etag
          link.snapshot.value = result.snapshot
        }
        synced()
        heartbeat()
      })
      .catch(() => {
        // Spread retries out, so a fleet that found the hub busy does not come back in step.
        const delay = Math.min(60_000, 2_000 * 2 ** attempt) * (0.5 + Math.random())
        later(delay, () => void (socket?.connected && refetch(attempt + 1)))
      })
      .finally(() => (fetching = undefined))
    return fetching
  }

  function onHello(hello: DeviceHello & { rev: number; build?: string }) {
    const { rev, build: served, ...device } = hello
    batch(() => {
      link.device.value = device
      link.phase.value = 'live'
      // The hub sends every active broadcast right after this; ones that ended meanwhile must go.
      link.broadcasts.value = []
    })
    if (link.snapshot.value?.rev === rev) synced()
    if (served && build && served !== build) {
      // A new version was deployed. Reload, but not every device in the same second.
      later(Math.random() * 30_000, reload)
    }
    heartbeat()
    void outbox.flush()
  }

  function onChanges(payload: ChangesPayload) {
    const current = link.snapshot.value
    if (!current) return void refetch()
    link.snapshot.value = applyChanges(current, payload)
    synced()
    heartbeat()
  }

  function onBroadcast(broadcast: BroadcastPayload) {
    link.broadcasts.value = [...link.broadcasts.value.filter((b) => b.id !== broadcast.id), broadcast]
    const ends = Date.parse(broadcast.until) - Date.now()
    // Ended by the clock too: the hub's `broadcast:end` may come while this device is offline.
    if (ends < 2 ** 31) later(Math.max(0, ends), () => endBroadcast(broadcast.id))
  }
  function endBroadcast(id: string) {
    link.broadcasts.value = link.broadcasts.value.filter((b) => b.id !== id)
  }

  let identifyTimer: ReturnType<typeof setTimeout> | undefined
  function onCommand({ name }: { name: string }) {
    if (name === 'reload') return reload()
    if (name === 'identify') {
      link.identifying.value = true
      if (identifyTimer) clearTimeout(identifyTimer)
      identifyTimer = later(IDENTIFY_MS, () => (link.identifying.value = false))
    }
  }

  function onCounter(counter: CounterPayload) {
    link.counters.value = { ...link.counters.value, [`${counter.kind}:${counter.id}`]: counter.registrations }
  }

  function connect() {
    link.phase.value = link.snapshot.value ? 'offline' : 'connecting'
    socket = io('/device', {
      // A function, so every reconnect tells the hub the rev the device has now.
      auth: (cb) => cb({ token, ...(link.snapshot.value ? { rev: link.snapshot.value.rev } : {}) }),
      reconnectionDelay: 2_000,
      reconnectionDelayMax: 60_000,
      // Spread reconnects over ±50% of each delay: after a hub restart, not all kiosks at once.
      randomizationFactor: 0.5,
    })
    socket.on('hello', onHello)
    socket.on('changes', onChanges)
    socket.on('stale', () => void refetch())
    socket.on('broadcast', onBroadcast)
    socket.on('broadcast:end', ({ id }) => endBroadcast(id))
    socket.on('command', onCommand)
    socket.on('counter', onCounter)
    socket.on('config', (device) => (link.device.value = device))
    socket.on('disconnect', (reason) => {
      link.phase.value = 'offline'
      // A hub shutting down disconnects its devices on purpose ("io server disconnect"), and after
      // that socket.io does not reconnect by itself: without this, a restart of the hub would leave
      // every kiosk offline until someone reloaded it. Come back later, spread out like any reconnect.
      if (reason === 'io server disconnect') later(2_000 * (0.5 + Math.random()), () => socket?.connect())
    })
    socket.on('connect_error', (error) => {
      if (link.phase.value !== 'offline' && link.snapshot.value) link.phase.value = 'offline'
      if (error.message.startsWith('unauthorized')) {
        // Revoked or unknown: this device needs staff to pair it again.
        socket?.close()
        forgetToken(options.kind)
        void begin()
      }
    })
  }

  async function begin() {
    token = takeToken(options.kind)
    if (!token) {
      link.phase.value = 'pairing'
      try {
        token = await pair(options.kind, (code) => (link.pairingCode.value = code), stopped.signal)
      } catch {
        return
      }
      link.pairingCode.value = null
    }
    // Nothing saved (a first start): ask for the snapshot now rather than after the socket's handshake
    // and its `stale`, one round trip after another; the socket's own request then shares this one.
    if (!link.snapshot.value) void refetch()
    connect()
  }

  const heartbeatTimer = setInterval(heartbeat, options.heartbeatMs ?? 30_000)
  void (async () => {
    const [stored] = await Promise.all([storage.loadSnapshot(), outbox.load()])
    if (stored && !link.snapshot.value) {
      batch(() => {
        link.snapshot.value = stored.snapshot
        link.syncedAt.value = new Date(stored.syncedAt)
      })
    }
    if (!stopped.signal.aborted) await begin()
  })()

  return {
    ...link,
    async register(payload) {
      const result = await outbox.register(payload)
      // Queued after waiting for an answer that never came: the link may have come back meanwhile
      // (its `hello` found the queue still empty), so it goes now rather than at the next heartbeat.
      if (result.status === 'queued' && socket?.connected) void outbox.flush()
      return result
    },
    track: (type, kind, id) => usage.add(type, kind, id),
    sendUsage: () => usage.flush(),
    stop() {
      stopped.abort()
      clearInterval(heartbeatTimer)
      for (const timer of timers) clearTimeout(timer)
      usage.stop()
      socket?.close()
    },
  }
}
