// Kiosks and screens: created by staff (directly or by entering the code a new device shows), each
// holding a secret token of which the hub keeps only the sha256. Live status (online, last seen,
// applied rev) is kept in memory: it changes with every heartbeat and is not worth a disk write.
import type { Device, DeviceConfig, DeviceInput, DevicePatch, PublicDevice } from '../../content/model.ts'
import type { DeviceStatus, Heartbeat } from '../realtime/events.ts'
import type { AdminStore } from '../store/index.ts'
import type { PairingRequest } from '../store/admin-store.ts'
import { newDigits, newId, newSecret, sha256 } from './ids.ts'

export const PAIRING_MINUTES = 15
/** A device that has sent no heartbeat for this long is shown offline even if its socket looks open. */
export const HEARTBEAT_TIMEOUT_MS = 90_000

export interface Devices {
  list(): PublicDevice[]
  get(id: string): PublicDevice | undefined
  /** The device holding this token, unless unknown or revoked. */
  byToken(token: string): Device | undefined
  create(input: DeviceInput): Promise<{ device: PublicDevice; token: string }>
  /** Changes what `patch` names; `venueId: null` takes the device off its venue. */
  update(id: string, patch: Omit<DevicePatch, 'kind'>): Promise<PublicDevice | undefined>
  revoke(id: string): Promise<PublicDevice | undefined>
  remove(id: string): Promise<boolean>
  /** A new device asks for a pairing code; it keeps `claim` to collect its token later. */
  requestPairing(kind: 'kiosk' | 'screen'): Promise<{ code: string; claim: string; expiresAt: string }>
  /** Staff entered the code: the device is created and its token waits for the device to collect. */
  pair(code: string, input: Omit<DeviceInput, 'kind'>): Promise<PublicDevice | undefined>
  /** The waiting device collects its token, once. */
  collect(
    code: string,
    claim: string,
  ): Promise<{ status: 'waiting' } | { status: 'paired'; token: string; device: PublicDevice } | undefined>
  status(id: string): DeviceStatus
  statuses(): DeviceStatus[]
  connected(id: string, info: { address?: string; transport?: string }): DeviceStatus
  disconnected(id: string): DeviceStatus
  heartbeat(id: string, beat: Heartbeat): DeviceStatus
  /** The connection's measured round trip or its new transport (after the upgrade to WebSocket). */
  link(id: string, info: { latencyMs?: number; transport?: string }): DeviceStatus
  /** Marks devices silent for too long as offline; returns those that changed. */
  sweep(): DeviceStatus[]
  onlineCount(): number
}

export function publicDevice(device: Device): PublicDevice {
  const { tokenHash: _t, ...rest } = device
  return rest
}

export function createDevices(admin: AdminStore, now: () => number = Date.now): Devices {
  const live = new Map<string, DeviceStatus & { beatAt?: number; sockets: number }>()
  const data = () => admin.data
  const iso = () => new Date(now()).toISOString()
  // A device's token never changes, so this index only grows with new devices; a thousand devices
  // reconnecting after a restart each cost one lookup, not a scan of all devices.
  const idByHash = new Map(Object.values(data().devices).map((d) => [d.tokenHash, d.id]))

  function stateOf(id: string) {
    let state = live.get(id)
    if (!state) {
      const lastSeenAt = data().devices[id]?.lastSeenAt
      live.set(id, (state = { id, online: false, sockets: 0, ...(lastSeenAt ? { lastSeenAt } : {}) }))
    }
    return state
  }
  const view = (s: DeviceStatus & { beatAt?: number; sockets: number }): DeviceStatus => {
    const { beatAt: _b, sockets: _s, ...status } = s
    return status
  }

  function prunePairing() {
    const at = now()
    for (const [code, p] of Object.entries(data().pairing))
      if (Date.parse(p.expiresAt) <= at) delete data().pairing[code]
  }

  async function createDevice(input: DeviceInput) {
    const token = newSecret()
    const at = iso()
    const device: Device = {
      id: newId(input.kind),
      name: input.name,
      kind: input.kind,
      config: input.config ?? defaultConfig(input.kind),
      tokenHash: sha256(token),
      createdAt: at,
      updatedAt: at,
    }
    if (input.venueId) device.venueId = input.venueId
    data().devices[device.id] = device
    idByHash.set(device.tokenHash, device.id)
    return { device, token }
  }

  return {
    list: () => Object.values(data().devices).map(publicDevice),
    get: (id) => (data().devices[id] ? publicDevice(data().devices[id]!) : undefined),
    byToken(token) {
      if (typeof token !== 'string' || token.length < 20 || token.length > 100) return undefined
      const hash = sha256(token)
      const device = data().devices[idByHash.get(hash) ?? '']
      return device && device.tokenHash === hash && !device.revokedAt ? device : undefined
    },
    async create(input) {
      const { device, token } = await createDevice(input)
      await admin.commit()
      return { device: publicDevice(device), token }
    },
    async update(id, patch) {
      const before = data().devices[id]
      if (!before) return undefined
      const { venueId, ...rest } = patch
      const after: Device = { ...before, ...rest, kind: before.kind, id, updatedAt: iso() }
      if (venueId === null) delete after.venueId
      else if (venueId !== undefined) after.venueId = venueId
      data().devices[id] = after
      await admin.commit()
      return publicDevice(data().devices[id]!)
    },
    async revoke(id) {
      const device = data().devices[id]
      if (!device) return undefined
      data().devices[id] = { ...device, revokedAt: iso(), updatedAt: iso() }
      await admin.commit()
      return publicDevice(data().devices[id]!)
    },
    async remove(id) {
      if (!data().devices[id]) return false
      delete data().devices[id]
      live.delete(id)
      await admin.commit()
      return true
    },
    async requestPairing(kind) {
      prunePairing()
      let code = newDigits(6)
      while (data().pairing[code]) code = newDigits(6)
      const claim = newSecret()
      const request: PairingRequest = {
        code,
        kind,
        claimHash: sha256(claim),
        createdAt: iso(),
        expiresAt: new Date(now() + PAIRING_MINUTES * 60_000).toISOString(),
      }
      data().pairing[code] = request
      await admin.commit()
      return { code, claim, expiresAt: request.expiresAt }
    },
    async pair(code, input) {
      prunePairing()
      const request = data().pairing[code]
      if (!request || request.deviceId) return undefined
      const { device, token } = await createDevice({ ...input, kind: request.kind })
      data().pairing[code] = { ...request, deviceId: device.id, token }
      await admin.commit()
      return publicDevice(device)
    },
    async collect(code, claim) {
      prunePairing()
      const request = data().pairing[code]
      if (!request || request.claimHash !== sha256(claim)) return undefined
      if (!request.deviceId || !request.token) return { status: 'waiting' }
      const device = data().devices[request.deviceId]
      delete data().pairing[code]
      await admin.commit()
      if (!device) return undefined
      return { status: 'paired', token: request.token, device: publicDevice(device) }
    },
    status: (id) => view(stateOf(id)),
    statuses: () => Object.keys(data().devices).map((id) => view(stateOf(id))),
    connected(id, info) {
      const s = stateOf(id)
      s.sockets++
      Object.assign(s, { online: true, lastSeenAt: iso(), beatAt: now(), ...info })
      // A new connection may take another route: its round trip is measured afresh.
      delete s.latencyMs
      return view(s)
    },
    disconnected(id) {
      const s = stateOf(id)
      s.sockets = Math.max(0, s.sockets - 1)
      if (s.sockets === 0) s.online = false
      s.lastSeenAt = iso()
      const device = data().devices[id]
      if (device) {
        data().devices[id] = { ...device, lastSeenAt: s.lastSeenAt }
        // Only a time for staff to read: a failed write is retried with the next change to the file.
        admin.commit().catch(() => {})
      }
      return view(s)
    },
    heartbeat(id, beat) {
      const s = stateOf(id)
      Object.assign(s, {
        online: s.sockets > 0,
        lastSeenAt: iso(),
        beatAt: now(),
        appliedRev: beat.rev,
        app: beat.app,
        uptimeS: beat.uptimeS,
        heapMB: beat.heapMB,
      })
      return view(s)
    },
    link(id, info) {
      const s = stateOf(id)
      Object.assign(s, info)
      return view(s)
    },
    sweep() {
      const changed: DeviceStatus[] = []
      const at = now()
      for (const s of live.values()) {
        if (s.online && (s.beatAt ?? 0) < at - HEARTBEAT_TIMEOUT_MS) {
          s.online = false
          changed.push(view(s))
        }
      }
      return changed
    },
    onlineCount: () => [...live.values()].filter((s) => s.online).length,
  }
}

export function defaultConfig(kind: 'kiosk' | 'screen'): DeviceConfig {
  return kind === 'screen'
    ? {
        orientation: 'auto',
        scenes: [
          { scene: 'jobs', seconds: 30 },
          { scene: 'scan', seconds: 15 },
          { scene: 'fairs', seconds: 20 },
          { scene: 'spotlight', seconds: 20 },
          { scene: 'policies', seconds: 20 },
        ],
      }
    : { orientation: 'auto' }
}
