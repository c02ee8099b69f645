// /api/admin/users: staff accounts and roles (admins only).
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { Id, UserInput, UserPatch } from '../../../content/model.ts'
import { httpError } from '../../plugins/errors.ts'
import { publicUser, UserExistsError } from '../../services/auth.ts'
import { endAdminSockets, rescopeAdminSockets } from '../../realtime/admin-sessions.ts'

const manage = { permission: 'users:manage' as const }
const IdParams = Type.Object({ id: Id })

export default async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  /** An operator without a township would see nothing at all: say so rather than create one. */
  const needsTownships = (role: string, townships: string[]) => {
    if (role === 'operator' && townships.length === 0)
      throw httpError(400, 'townships: choose at least one township for an operator', [
        { path: 'townships', message: 'choose at least one township for an operator' },
      ])
  }
  const conflict = (error: unknown) => {
    if (error instanceof UserExistsError)
      return httpError(409, error.message, [{ path: 'username', message: 'is taken' }])
    return error
  }

  app.get('/', { config: manage }, async () => {
    const items = app.auth.listUsers().map(publicUser)
    return { items, total: items.length }
  })
  app.get('/:id', { schema: { params: IdParams }, config: manage }, async (request) => {
    const user = app.auth.getUser(request.params.id)
    if (!user) throw httpError(404, `There is no user ${request.params.id}.`)
    return publicUser(user)
  })
  app.post('/', { schema: { body: UserInput }, config: manage }, async (request, reply) => {
    needsTownships(request.body.role, request.body.townships)
    const user = await app.auth.createUser(request.body).catch((e) => Promise.reject(conflict(e)))
    await app.audit.record(request.user, 'create', 'users', user.id, undefined, publicUser(user))
    return reply.status(201).send(publicUser(user))
  })
  app.patch('/:id', { schema: { params: IdParams, body: UserPatch }, config: manage }, async (request) => {
    const before = app.auth.getUser(request.params.id)
    if (!before) throw httpError(404, `There is no user ${request.params.id}.`)
    if (
      before.id === request.user.id &&
      ((request.body.role && request.body.role !== 'admin') || request.body.disabled)
    ) {
      throw httpError(409, 'You cannot take away your own admin role or disable yourself.')
    }
    needsTownships(request.body.role ?? before.role, request.body.townships ?? before.townships)
    const after = await app.auth.updateUser(before.id, request.body).catch((e) => Promise.reject(conflict(e)))
    // Sockets opened before the change would keep hearing what the account no longer may.
    if (after!.disabled || request.body.password) await endAdminSockets(app, { userId: after!.id })
    else await rescopeAdminSockets(app, after!)
    await app.audit.record(request.user, 'update', 'users', before.id, publicUser(before), publicUser(after!))
    return publicUser(after!)
  })
  app.delete('/:id', { schema: { params: IdParams }, config: manage }, async (request) => {
    const before = app.auth.getUser(request.params.id)
    if (!before) throw httpError(404, `There is no user ${request.params.id}.`)
    if (before.id === request.user.id) throw httpError(409, 'You cannot delete yourself.')
    await app.auth.deleteUser(before.id)
    await endAdminSockets(app, { userId: before.id })
    await app.audit.record(request.user, 'delete', 'users', before.id, publicUser(before), undefined)
    return { ok: true }
  })
}
