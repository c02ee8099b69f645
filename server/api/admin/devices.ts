// /api/admin/devices: create (the token is shown once), pair with a code, configure, command,
// revoke. Changing a device's settings reaches it at once as a `config` event; `venueId: null` takes a
// device off its venue (a screen put away, or moved to a place that is not a venue).
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { DeviceConfig, DeviceInput, DevicePatch, Id, Name } from '../../../content/model.ts'
import { DeviceCommand } from '../../realtime/events.ts'
import { httpError } from '../../plugins/errors.ts'

const IdParams = Type.Object({ id: Id })
const write = { permission: 'devices:write' as const }

export default async function deviceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const venueMissing = (venueId: string | null | undefined) =>
    typeof venueId === 'string' && !app.stores.content.get('venues', venueId)
      ? httpError(400, `venueId: there is no venue ${venueId}`, [
          { path: 'venueId', message: `there is no venue ${venueId}` },
        ])
      : undefined
  const withStatus = <T extends { id: string }>(device: T) => ({
    ...device,
    status: app.devices.status(device.id),
  })
  const find = (id: string) => {
    const device = app.devices.get(id)
    if (!device) throw httpError(404, `There is no device ${id}.`)
    return device
  }
  const pushConfig = (id: string) => {
    const d = app.devices.get(id)
    if (d)
      app.deviceNs
        .to(`device:${id}`)
        .emit('config', { id: d.id, name: d.name, kind: d.kind, venueId: d.venueId, config: d.config })
  }

  app.get('/', async () => {
    const items = app.devices.list().map(withStatus)
    return { items, total: items.length, rev: app.stores.content.rev(), online: app.devices.onlineCount() }
  })

  app.post('/', { schema: { body: DeviceInput }, config: write }, async (request, reply) => {
    const problem = venueMissing(request.body.venueId)
    if (problem) throw problem
    const { device, token } = await app.devices.create(request.body)
    await app.audit.record(request.user, 'create', 'devices', device.id, undefined, device)
    return reply.status(201).send({ device, token })
  })

  app.post(
    '/pair',
    {
      schema: {
        body: Type.Object(
          {
            code: Type.String({ pattern: '^[0-9]{6}$' }),
            name: Name,
            venueId: Type.Optional(Id),
            config: Type.Optional(DeviceConfig),
          },
          { additionalProperties: false },
        ),
      },
      config: write,
    },
    async (request, reply) => {
      const { code, ...input } = request.body
      const problem = venueMissing(input.venueId)
      if (problem) throw problem
      const device = await app.devices.pair(code, input)
      if (!device)
        throw httpError(
          404,
          'No device is waiting with this code; check the code on the screen, or it may have expired.',
          [{ path: 'code', message: 'is not waiting to be paired' }],
        )
      await app.audit.record(request.user, 'pair', 'devices', device.id, undefined, device)
      return reply.status(201).send({ device })
    },
  )

  app.get('/:id', { schema: { params: IdParams } }, async (request) => withStatus(find(request.params.id)))

  app.patch('/:id', { schema: { params: IdParams, body: DevicePatch }, config: write }, async (request) => {
    const before = find(request.params.id)
    const { kind: _kind, ...patch } = request.body
    const problem = venueMissing(patch.venueId)
    if (problem) throw problem
    const after = (await app.devices.update(before.id, patch))!
    // The venue decides which broadcasts reach the device: move its sockets to the new room.
    if (before.venueId !== after.venueId) {
      if (before.venueId) app.deviceNs.in(`device:${after.id}`).socketsLeave(`venue:${before.venueId}`)
      if (after.venueId) app.deviceNs.in(`device:${after.id}`).socketsJoin(`venue:${after.venueId}`)
    }
    pushConfig(after.id)
    await app.audit.record(request.user, 'update', 'devices', after.id, before, after)
    return withStatus(after)
  })

  app.delete('/:id', { schema: { params: IdParams }, config: write }, async (request) => {
    const before = find(request.params.id)
    await app.devices.remove(before.id)
    app.deviceNs.in(`device:${before.id}`).disconnectSockets(true)
    await app.audit.record(request.user, 'delete', 'devices', before.id, before, undefined)
    return { ok: true }
  })

  app.post('/:id/revoke', { schema: { params: IdParams }, config: write }, async (request) => {
    const before = find(request.params.id)
    const after = await app.devices.revoke(before.id)
    app.deviceNs.in(`device:${before.id}`).disconnectSockets(true)
    await app.audit.record(request.user, 'revoke', 'devices', before.id, before, after)
    return withStatus(after!)
  })

  app.post(
    '/:id/commands',
    {
      schema: {
        params: IdParams,
        body: Type.Object({ name: DeviceCommand }, { additionalProperties: false }),
      },
      config: write,
    },
    async (request) => {
      const device = find(request.params.id)
      app.deviceNs.to(`device:${device.id}`).emit('command', { name: request.body.name })
      await app.audit.record(request.user, `command:${request.body.name}`, 'devices', device.id)
      return { ok: true, online: app.devices.status(device.id).online }
    },
  )
}
