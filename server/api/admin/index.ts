// Everything under /api/admin: one hook signs the staff member in from the session cookie and checks
// the permission the route declares in `config.permission` (GET routes need only 'read').
import type { FastifyInstance } from 'fastify'
import type { User } from '../../../content/model.ts'
import { can, type Permission } from '../../services/permissions.ts'
import { httpError } from '../../plugins/errors.ts'
import { SESSION_COOKIE } from '../auth.ts'
import contentRoutes from './content.ts'
import deviceRoutes from './devices.ts'
import broadcastRoutes from './broadcasts.ts'
import userRoutes from './users.ts'
import registrationRoutes from './registrations.ts'
import statsRoutes from './stats.ts'
import auditRoutes from './audit.ts'
import importRoutes from './import.ts'
import settingsRoutes from './settings.ts'

declare module 'fastify' {
  interface FastifyRequest {
    user: User
  }
  interface FastifyContextConfig {
    permission?: Permission
  }
}

export default async function adminRoutes(app: FastifyInstance) {
  app.decorateRequest('user', undefined as unknown as User)
  app.addHook('onRequest', async (request) => {
    const sid = request.cookies[SESSION_COOKIE]
    const user = sid ? app.auth.userFor(sid) : undefined
    if (!user) throw httpError(401, 'Sign in first.')
    const needed = request.routeOptions.config.permission ?? (request.method === 'GET' ? 'read' : undefined)
    if (!needed) throw httpError(403, 'This action is not allowed.')
    if (!can(user, needed)) throw httpError(403, `Your role (${user.role}) may not do this (${needed}).`)
    request.user = user
  })
  await app.register(contentRoutes)
  await app.register(deviceRoutes, { prefix: '/devices' })
  await app.register(broadcastRoutes, { prefix: '/broadcasts' })
  await app.register(userRoutes, { prefix: '/users' })
  await app.register(registrationRoutes, { prefix: '/registrations' })
  await app.register(statsRoutes, { prefix: '/stats' })
  await app.register(auditRoutes, { prefix: '/audit' })
  await app.register(importRoutes, { prefix: '/import' })
  await app.register(settingsRoutes, { prefix: '/settings' })
}
