// The admin's live link to the hub (the /admin Socket.IO namespace): device status, the current
// content revision and new registrations. One connection for the whole page, opened on first use;
// the session cookie authenticates it, so after signing in again it is simply reopened.
import { signal } from '@preact/signals'
import { io, type Socket } from 'socket.io-client'
import type { AdminToHubEvents, DeviceStatus, HubToAdminEvents } from '../server/realtime/events.ts'

type AdminSocket = Socket<HubToAdminEvents, AdminToHubEvents>
export type RegistrationSummary = Parameters<HubToAdminEvents['registration:new']>[0]

/** The latest status of each device, by id. */
export const deviceStatus = signal<ReadonlyMap<string, DeviceStatus>>(new Map())
/** The hub's content revision, as it changes. */
export const liveRev = signal<number | undefined>(undefined)
export const connected = signal(false)
/** Registrations that arrived since the page opened, newest first (phones masked by the hub). */
export const newRegistrations = signal<RegistrationSummary[]>([])

let socket: AdminSocket | undefined

export function connectLive(): void {
  if (socket) {
    if (!socket.connected) socket.connect()
    return
  }
  socket = io('/admin', { transports: ['websocket', 'polling'] })
  socket.on('connect', () => (connected.value = true))
  socket.on('disconnect', () => (connected.value = false))
  socket.on('device:status', (status) => {
    const next = new Map(deviceStatus.value)
    next.set(status.id, status)
    deviceStatus.value = next
  })
  socket.on('rev', ({ rev }) => (liveRev.value = rev))
  socket.on('registration:new', (summary) => {
    newRegistrations.value = [summary, ...newRegistrations.value].slice(0, 50)
  })
}

/** After signing in again: the hub refused or dropped the old connection, so open it anew. */
export function reconnectLive(): void {
  if (!socket) return
  socket.disconnect()
  socket.connect()
}

export function disconnectLive(): void {
  socket?.disconnect()
  socket = undefined
  connected.value = false
  deviceStatus.value = new Map()
}
