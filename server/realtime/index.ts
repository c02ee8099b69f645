// Socket.IO on the Fastify server: the /device and /admin namespaces, and the wiring that turns
// committed changes, registrations and broadcasts into events.
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Server } from 'socket.io'
import { maskPhone } from '../../content/privacy.ts'
import { createScheduler, type Scheduler } from '../services/scheduler.ts'
import { retentionDays } from '../services/retention.ts'
import { registerAdminHandlers, type AdminNamespace } from './admin-handlers.ts'
import { broadcastRooms } from './broadcasts.ts'
import { registerDeviceHandlers, type DeviceNamespace } from './device-handlers.ts'
import { originAllowed } from './origin.ts'

declare module 'fastify' {
  interface FastifyInstance {
    io: Server
    deviceNs: DeviceNamespace
    adminNs: AdminNamespace
    scheduler: Scheduler
  }
}

export default fp(async function realtime(app: FastifyInstance) {
  const io = new Server(app.server, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 25_000,
    pingTimeout: 20_000,
    allowRequest: (request, callback) => callback(null, originAllowed(request, app.config.publicUrl)),
  })
  const deviceNs = io.of('/device') as unknown as DeviceNamespace
  const adminNs = io.of('/admin') as unknown as AdminNamespace
  app.decorate('io', io)
  app.decorate('deviceNs', deviceNs)
  app.decorate('adminNs', adminNs)
  registerAdminHandlers(app, adminNs)
  registerDeviceHandlers(app, deviceNs, adminNs)

  const scheduler = createScheduler({
    stores: app.stores,
    broadcasts: app.broadcasts,
    retentionDays: () => retentionDays(app.stores.content.settings(), app.config.registrationRetentionDays),
    now: app.now,
    log: app.log,
    broadcastsEnded(ids) {
      for (const id of ids) {
        const b = app.broadcasts.get(id)
        if (b) deviceNs.to(broadcastRooms(b)).emit('broadcast:end', { id })
      }
    },
    // The hub's own deletions are changes too: the audit log shows them, with no one as their author.
    purged: (deleted, days) =>
      app.audit.record(undefined, 'purge', 'registrations', undefined, undefined, {
        deleted,
        retentionDays: days,
      }),
    sweepDevices() {
      for (const status of app.devices.sweep()) adminNs.to('county').emit('device:status', status)
    },
  })
  app.decorate('scheduler', scheduler)

  // Every committed content change goes to every device, encoded once for the whole room.
  app.stores.content.onCommit((payload) => {
    deviceNs.to('devices').emit('changes', payload)
    adminNs.to('county').emit('rev', { rev: payload.rev })
    scheduler.replan()
  })

  app.registrations.onRegistered((r) => {
    for (const id of r.jobIds) {
      deviceNs.to('devices').emit('counter', {
        kind: 'job',
        id,
        registrations: app.stores.registrations.countToday({ kind: 'job', id }),
      })
    }
    if (r.fairId) {
      const id = r.fairId
      deviceNs.to('devices').emit('counter', {
        kind: 'fair',
        id,
        registrations: app.stores.registrations.countToday({ kind: 'fair', id }),
      })
    }
    const townships = new Set<string>(
      [r.township, ...r.jobIds.map((id) => app.stores.content.get('jobs', id)?.township)].filter(
        (t): t is string => !!t,
      ),
    )
    const summary = {
      id: r.id,
      phoneMasked: maskPhone(r.phone),
      jobIds: r.jobIds,
      ...(r.fairId ? { fairId: r.fairId } : {}),
      channel: r.source.channel,
      ...(r.source.device ? { device: r.source.device } : {}),
      createdAt: r.createdAt,
    }
    adminNs.to(['county', ...[...townships].map((t) => `township:${t}`)]).emit('registration:new', summary)
  })

  app.addHook('preClose', async () => {
    scheduler.stop()
    io.local.disconnectSockets(true)
    deviceNs.local.disconnectSockets(true)
    adminNs.local.disconnectSockets(true)
    io.engine.close()
  })
})
