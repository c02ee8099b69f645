// The realtime contract v1: every Socket.IO event between the hub and its devices and staff pages.
// The server and the faces import these interfaces (the faces with `import type`, in reverse order);
// payloads coming in from devices are validated with the schemas below before anything acts on them.
import Type, { type Static } from 'typebox'
import {
  type Broadcast,
  type ContentItems,
  type ContentKind,
  type DeviceConfig,
  Id,
  RegistrationInput,
  type Settings,
} from '../../content/model.ts'

/** One committed change as a device sees it: an item now visible (put) or no longer visible (delete). */
export type ChangeOp =
  | {
      [K in ContentKind]:
        { op: 'put'; kind: K; id: string; item: ContentItems[K] } | { op: 'delete'; kind: K; id: string }
    }[ContentKind]
  | { op: 'put'; kind: 'settings'; id: 'settings'; item: Settings }

export interface ChangesPayload {
  rev: number
  ops: ChangeOp[]
}

export type BroadcastPayload = Pick<Broadcast, 'id' | 'text' | 'level' | 'until'>

export interface CounterPayload {
  kind: 'job' | 'fair'
  id: string
  /** Registrations for this job or fair today (hub's local day). */
  registrations: number
}

export type Ack<T extends object = object> =
  ({ ok: true } & T) | { ok: false; error: string; fields?: { path: string; message: string }[] }

export interface DeviceHello {
  id: string
  name: string
  kind: 'kiosk' | 'screen'
  venueId?: string
  config: DeviceConfig
}

export interface HubToDeviceEvents {
  /** Sent on connect: who the hub thinks this device is, the hub's current rev, and the build of the
   * faces it serves (a device running another build reloads itself). */
  hello: (device: DeviceHello & { rev: number; build?: string | undefined }) => void
  changes: (payload: ChangesPayload) => void
  stale: (payload: { rev: number }) => void
  broadcast: (payload: BroadcastPayload) => void
  'broadcast:end': (payload: { id: string }) => void
  command: (payload: { name: DeviceCommand }) => void
  counter: (payload: CounterPayload) => void
  config: (payload: DeviceHello) => void
}

export const DeviceCommand = Type.Enum(['reload', 'identify'])
export type DeviceCommand = Static<typeof DeviceCommand>

export const Heartbeat = Type.Object(
  {
    rev: Type.Integer({ minimum: 0 }),
    app: Type.String({ maxLength: 40 }),
    uptimeS: Type.Number({ minimum: 0 }),
    heapMB: Type.Optional(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false },
)
export type Heartbeat = Static<typeof Heartbeat>

export const TrackEvents = Type.Object(
  {
    events: Type.Array(
      Type.Object(
        {
          type: Type.Enum(['view', 'tap', 'scene', 'qr-shown']),
          kind: Type.Optional(Type.Enum(['job', 'fair', 'announcement', 'scene'])),
          id: Type.Optional(Type.String({ maxLength: 64 })),
          count: Type.Integer({ minimum: 1, maximum: 100_000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 500 },
    ),
  },
  { additionalProperties: false },
)
export type TrackEvents = Static<typeof TrackEvents>

/** A kiosk registration: the HTTP body without `source`, which the hub fills in from the device. */
export const DeviceRegistration = Type.Omit(RegistrationInput, ['source'])
export type DeviceRegistration = Static<typeof DeviceRegistration>

/**
 * The answer to a registration, over HTTP and in the kiosk's ack. A new registration or a replay of
 * the same clientId: its code. A duplicate (same phone, same job or fair, another clientId): only
 * which registration it duplicates, never its code, since phone and code read and withdraw it.
 */
export type RegisteredBody =
  { id: string; code: string; duplicate?: never } | { id: string; code?: never; duplicate: true }

export type RegisterAck = Ack<RegisteredBody>

export interface DeviceToHubEvents {
  heartbeat: (payload: Heartbeat) => void
  register: (payload: DeviceRegistration, ack: (result: RegisterAck) => void) => void
  track: (payload: TrackEvents) => void
}

export interface DeviceSocketData {
  deviceId: string
  kind: 'kiosk' | 'screen'
  venueId?: string
}

/** What staff pages see of a device, live. */
export interface DeviceStatus {
  id: string
  online: boolean
  lastSeenAt?: string
  appliedRev?: number
  app?: string
  uptimeS?: number
  heapMB?: number
  address?: string
  transport?: string
  /** Round trip of the last socket.io heartbeat (hub ping to device pong), in ms. */
  latencyMs?: number
}

export interface HubToAdminEvents {
  'device:status': (status: DeviceStatus) => void
  'registration:new': (summary: {
    id: string
    phoneMasked: string
    jobIds: string[]
    fairId?: string
    channel: string
    device?: string
    createdAt: string
  }) => void
  rev: (payload: { rev: number }) => void
}
export type AdminToHubEvents = Record<string, never>

export const DeviceIdParam = Type.Object({ id: Id })
