// The /device namespace: a kiosk or screen connects with its token and the rev it has applied,
// is caught up (just what it missed, or `stale` when too far behind), then sends heartbeats,
// registrations (kiosks) and usage counts. Every payload is validated; a device that keeps sending
// garbage or floods is disconnected, never the hub crashed.
import type { FastifyInstance } from 'fastify'
import type { Namespace, Socket } from 'socket.io'
import { check } from '../../content/validate.ts'
import {
  DeviceRegistration,
  Heartbeat,
  TrackEvents,
  type BroadcastPayload,
  type DeviceSocketData,
  type DeviceToHubEvents,
  type HubToDeviceEvents,
} from './events.ts'
import { broadcastPayload } from './broadcasts.ts'
import { facesBuild } from '../faces-build.ts'
import type { AdminNamespace } from './admin-handlers.ts'

export type DeviceNamespace = Namespace<
  DeviceToHubEvents,
  HubToDeviceEvents,
  Record<string, never>,
  DeviceSocketData
>
type DeviceSocket = Socket<DeviceToHubEvents, HubToDeviceEvents, Record<string, never>, DeviceSocketData>

const MAX_STRIKES = 3
const MAX_EVENTS_PER_10S = 100

export function registerDeviceHandlers(
  app: FastifyInstance,
  devices: DeviceNamespace,
  admin: AdminNamespace,
) {
  devices.use((socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown }
    const device = typeof auth.token === 'string' ? app.devices.byToken(auth.token) : undefined
    if (!device) return next(new Error('unauthorized: unknown or revoked device token'))
    socket.data = {
      deviceId: device.id,
      kind: device.kind,
      ...(device.venueId ? { venueId: device.venueId } : {}),
    }
    next()
  })

  devices.on('connection', (socket: DeviceSocket) => {
    const { deviceId } = socket.data
    const device = app.devices.get(deviceId)!
    void socket.join([
      'devices',
      `device:${deviceId}`,
      `kind:${device.kind}`,
      ...(device.venueId ? [`venue:${device.venueId}`] : []),
    ])
    const status = app.devices.connected(deviceId, {
      address: socket.handshake.address,
      transport: socket.conn.transport.name,
    })
    admin.to('county').emit('device:status', status)
    watchLink(app, socket, admin)

    const content = app.stores.content
    socket.emit('hello', {
      id: device.id,
      name: device.name,
      kind: device.kind,
      venueId: device.venueId,
      config: device.config,
      rev: content.rev(),
      build: facesBuild(app.config.distDir),
    })
    const rev = Number((socket.handshake.auth as { rev?: unknown }).rev)
    if (Number.isInteger(rev) && rev >= 0) {
      const missed = content.changesSince(rev)
      if (!missed) socket.emit('stale', { rev: content.rev() })
      else if (missed.ops.length > 0 || missed.rev !== rev) socket.emit('changes', missed)
    } else {
      socket.emit('stale', { rev: content.rev() })
    }
    for (const b of app.broadcasts.activeFor(device))
      socket.emit('broadcast', broadcastPayload(b) as BroadcastPayload)
    // Today's registration counts of the fairs still to come: a screen's live counter starts from the
    // right number after a reload or a hub restart, not from 0 until the next registration.
    const at = app.now()
    for (const fair of content.snapshot().fairs) {
      if (Date.parse(fair.endsAt) <= at) continue
      const registrations = app.stores.registrations.countToday({ kind: 'fair', id: fair.id }, new Date(at))
      if (registrations > 0) socket.emit('counter', { kind: 'fair', id: fair.id, registrations })
    }

    let strikes = 0
    // Counted in fixed 10-second windows without a timer per socket: thousands of idle devices
    // should cost the hub nothing between messages.
    let events = 0
    let windowStart = Date.now()
    const misbehaved = (reason: string) => {
      strikes++
      app.log.warn({ device: deviceId, reason, strikes }, 'device sent a bad message')
      if (strikes >= MAX_STRIKES) socket.disconnect(true)
    }
    socket.use((_packet, next) => {
      const at = Date.now()
      if (at - windowStart >= 10_000) {
        windowStart = at
        events = 0
      }
      if (++events > MAX_EVENTS_PER_10S) {
        app.log.warn({ device: deviceId }, 'device flooded the hub; disconnected')
        socket.disconnect(true)
        return
      }
      next()
    })

    socket.on('heartbeat', (payload) => {
      const result = check(Heartbeat, payload)
      if (!result.ok) return misbehaved(`heartbeat: ${result.fields[0]?.path} ${result.fields[0]?.message}`)
      admin.to('county').emit('device:status', app.devices.heartbeat(deviceId, result.value))
    })

    socket.on('register', async (payload, ack) => {
      if (typeof ack !== 'function') return misbehaved('register without an acknowledgement callback')
      if (socket.data.kind !== 'kiosk') return ack({ ok: false, error: 'only kiosks register people' })
      const result = check(DeviceRegistration, payload)
      if (!result.ok) return ack({ ok: false, error: 'some fields are not valid', fields: result.fields })
      try {
        const outcome = await app.registrations.register(result.value, { channel: 'kiosk', device: deviceId })
        if (!outcome.ok)
          return ack({
            ok: false,
            error: outcome.message,
            ...(outcome.fields ? { fields: outcome.fields } : {}),
          })
        ack({ ok: true, ...outcome.body })
      } catch (error) {
        app.log.error({ err: error, device: deviceId }, 'kiosk registration failed')
        ack({ ok: false, error: 'the hub could not take the registration; it will be retried' })
      }
    })

    socket.on('track', (payload) => {
      const result = check(TrackEvents, payload)
      if (!result.ok) return misbehaved(`track: ${result.fields[0]?.path} ${result.fields[0]?.message}`)
      for (const e of result.value.events) app.metrics.add(e.type, deviceId, e.kind, e.id, e.count)
    })

    socket.on('disconnect', () => {
      admin.to('county').emit('device:status', app.devices.disconnected(deviceId))
    })
  })
}

/**
 * How the device is connected: the transport once it upgrades from polling to WebSocket, and the
 * latency, timed for free from the heartbeat socket.io already runs (the hub's ping to the device's
 * pong, every pingInterval). Admins hear of a latency only when it moved noticeably: with thousands
 * of devices, every pong forwarded would be a steady stream of events nobody reads.
 */
function watchLink(app: FastifyInstance, socket: DeviceSocket, admin: AdminNamespace) {
  const { deviceId } = socket.data
  let pingAt = 0
  let told: number | undefined
  socket.conn.on('packetCreate', (packet: { type: string }) => {
    if (packet.type === 'ping') pingAt = performance.now()
  })
  socket.conn.on('heartbeat', () => {
    if (!pingAt) return
    const latencyMs = Math.max(1, Math.round(performance.now() - pingAt))
    pingAt = 0
    const status = app.devices.link(deviceId, { latencyMs })
    const moved = told === undefined || Math.abs(latencyMs - told) >= Math.max(20, told * 0.25)
    if (moved) {
      told = latencyMs
      admin.to('county').emit('device:status', status)
    }
  })
  socket.conn.once('upgrade', (transport: { name: string }) => {
    admin.to('county').emit('device:status', app.devices.link(deviceId, { transport: transport.name }))
  })
}
