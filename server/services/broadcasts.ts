// Urgent broadcasts: stored in the admin file, active from creation until `until` or until ended.
import type { Broadcast, BroadcastInput, PublicDevice } from '../../content/model.ts'
import type { AdminStore } from '../store/index.ts'
import { newId } from './ids.ts'

export interface Broadcasts {
  /** Newest first. */
  list(): Broadcast[]
  get(id: string): Broadcast | undefined
  create(input: BroadcastInput, createdBy: string): Promise<Broadcast>
  end(id: string): Promise<Broadcast | undefined>
  isActive(broadcast: Broadcast): boolean
  /** The active broadcasts a device should show. */
  activeFor(device: Pick<PublicDevice, 'id' | 'venueId'>): Broadcast[]
}

export function createBroadcasts(admin: AdminStore, now: () => number = Date.now): Broadcasts {
  const table = () => admin.data.broadcasts
  const iso = () => new Date(now()).toISOString()
  const isActive = (b: Broadcast) => !b.endedAt && Date.parse(b.until) > now()
  return {
    list: () => Object.values(table()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    get: (id) => table()[id],
    async create(input, createdBy) {
      const at = iso()
      const broadcast: Broadcast = { ...input, id: newId('bc'), createdAt: at, updatedAt: at, createdBy }
      table()[broadcast.id] = broadcast
      await admin.commit()
      return broadcast
    },
    async end(id) {
      const before = table()[id]
      if (!before) return undefined
      table()[id] = { ...before, endedAt: iso(), updatedAt: iso() }
      await admin.commit()
      return table()[id]
    },
    isActive,
    activeFor: (device) =>
      Object.values(table()).filter(
        (b) =>
          isActive(b) &&
          (b.target.all ||
            b.target.deviceIds?.includes(device.id) ||
            (device.venueId !== undefined && b.target.venueIds?.includes(device.venueId))),
      ),
  }
}
