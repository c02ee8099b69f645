// /api/admin/broadcasts: urgent notices on top of every targeted face, until they expire or end.
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { BroadcastInput, Id, type FieldError } from '../../../content/model.ts'
import { httpError } from '../../plugins/errors.ts'
import { broadcastPayload, broadcastRooms } from '../../realtime/broadcasts.ts'

const write = { permission: 'broadcasts:write' as const }

export default async function broadcastRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()

  app.get('/', async () => {
    const items = app.broadcasts.list().map((b) => ({ ...b, active: app.broadcasts.isActive(b) }))
    return { items, total: items.length }
  })

  app.post('/', { schema: { body: BroadcastInput }, config: write }, async (request, reply) => {
    const { target, until } = request.body
    const fields: FieldError[] = []
    if (!target.all && !target.venueIds?.length && !target.deviceIds?.length) {
      fields.push({ path: 'target', message: 'choose all devices, some venues or some devices' })
    }
    if (Date.parse(until) <= app.now()) fields.push({ path: 'until', message: 'must be in the future' })
    if (fields.length) throw httpError(400, fields.map((f) => `${f.path} ${f.message}`).join('; '), fields)
    const broadcast = await app.broadcasts.create(request.body, request.user.username)
    app.deviceNs.to(broadcastRooms(broadcast)).emit('broadcast', broadcastPayload(broadcast))
    app.scheduler.replan()
    await app.audit.record(request.user, 'create', 'broadcasts', broadcast.id, undefined, broadcast)
    return reply.status(201).send(broadcast)
  })

  app.delete('/:id', { schema: { params: Type.Object({ id: Id }) }, config: write }, async (request) => {
    const before = app.broadcasts.get(request.params.id)
    if (!before) throw httpError(404, `There is no broadcast ${request.params.id}.`)
    const after = (await app.broadcasts.end(before.id))!
    app.deviceNs.to(broadcastRooms(after)).emit('broadcast:end', { id: after.id })
    await app.audit.record(request.user, 'end', 'broadcasts', after.id, before, after)
    return after
  })
}
