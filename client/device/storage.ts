// What a device keeps across reboots: its last snapshot (so a kiosk or screen that restarts while the
// network is down still shows something) and the registrations it could not send yet. IndexedDB,
// because a county's snapshot is larger than localStorage's few megabytes allow for comfortably.
import { createStore, del, get, set, type UseStore } from 'idb-keyval'
import type { Snapshot } from '../../content/model.ts'
import type { DeviceRegistration } from '../../server/realtime/events.ts'

export interface StoredSnapshot {
  snapshot: Snapshot
  /** When the device last knew this snapshot to be the hub's current content (ISO time). */
  syncedAt: string
}

/** A kiosk registration waiting for the hub; its clientId makes sending it twice harmless. */
export interface QueuedRegistration {
  payload: DeviceRegistration
  queuedAt: string
}

export interface DeviceStorage {
  loadSnapshot(): Promise<StoredSnapshot | undefined>
  saveSnapshot(stored: StoredSnapshot): Promise<void>
  loadOutbox(): Promise<QueuedRegistration[]>
  saveOutbox(queue: QueuedRegistration[]): Promise<void>
  clear(): Promise<void>
}

/** IndexedDB storage, or memory where IndexedDB is missing or refused (private modes, full disks). */
export function createDeviceStorage(name = 'jobhub-device'): DeviceStorage {
  let store: UseStore | undefined
  try {
    if (typeof indexedDB !== 'undefined') store = createStore(name, 'kv')
  } catch {
    store = undefined
  }
  const memory = new Map<string, unknown>()
  async function read<T>(key: string): Promise<T | undefined> {
    if (store) {
      try {
        return await get<T>(key, store)
      } catch {
        // Fall through to memory: a broken database must not stop the face from starting.
      }
    }
    return memory.get(key) as T | undefined
  }
  async function write(key: string, value: unknown): Promise<void> {
    memory.set(key, value)
    if (!store) return
    try {
      await set(key, value, store)
    } catch {
      // Quota or a closed database: memory still has it until the next reboot.
    }
  }
  return {
    loadSnapshot: () => read<StoredSnapshot>('snapshot'),
    saveSnapshot: (stored) => write('snapshot', stored),
    loadOutbox: async () => (await read<QueuedRegistration[]>('outbox')) ?? [],
    saveOutbox: (queue) => write('outbox', queue),
    async clear() {
      memory.clear()
      if (store) await Promise.all([del('snapshot', store), del('outbox', store)]).catch(() => {})
    },
  }
}
