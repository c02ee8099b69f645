// The registration store while its journal is still loading. A hub restarted with 100,000
// registrations on disk listens (and serves content to devices coming back) before the ledger is
// in memory; whatever needs the ledger waits for `ready` (see app.ts and services/registrations.ts).
// Writes wait by themselves; reads before `ready` are a programming error and throw.
import type { RegistrationStore } from './registration-store.ts'

export function deferRegistrationStore(open: () => Promise<RegistrationStore>): {
  store: RegistrationStore
  ready: Promise<void>
  /** Starts loading (once); until then `ready` waits. */
  load(): void
} {
  let loaded: RegistrationStore | undefined
  let start!: () => void
  const loading = new Promise<RegistrationStore>((resolve, reject) => {
    start = () => open().then(resolve, reject)
  })
  const ready = loading.then((store) => {
    loaded = store
  })
  let started = false
  const now = () => {
    if (!loaded) throw new Error('the registration ledger is still loading; await stores.ready first')
    return loaded
  }
  const later = async () => {
    await ready
    return loaded!
  }
  return {
    ready,
    load() {
      if (started) return
      started = true
      start()
    },
    store: {
      get: (id) => now().get(id),
      byClientId: (clientId) => now().byClientId(clientId),
      byPhone: (phone) => now().byPhone(phone),
      forTarget: (phone, target) => now().forTarget(phone, target),
      add: async (registration) => (await later()).add(registration),
      durable: async (id) => (await later()).durable(id),
      update: async (id, change) => (await later()).update(id, change),
      remove: async (ids) => (await later()).remove(ids),
      list: (filter, offset, limit) => now().list(filter, offset, limit),
      all: () => now().all(),
      countToday: (target, at) => now().countToday(target, at),
      count: () => now().count(),
      compact: async () => (await later()).compact(),
      // A store that failed to load has nothing to close.
      close: async () => (started ? (await loading.catch(() => undefined))?.close() : undefined),
    },
  }
}
