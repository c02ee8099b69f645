// The /admin namespace: signed-in staff hear device status and new registrations (phones masked).
// County-wide staff join room "county"; a township operator joins only its townships' rooms.
import type { FastifyInstance } from 'fastify'
import type { Namespace } from 'socket.io'
import { sha256 } from '../services/ids.ts'
import { SESSION_COOKIE } from '../api/auth.ts'
import type { AdminToHubEvents, HubToAdminEvents } from './events.ts'
import { adminRooms } from './admin-sessions.ts'

export type AdminNamespace = Namespace<
  AdminToHubEvents,
  HubToAdminEvents,
  Record<string, never>,
  { userId: string; session: string }
>

export function registerAdminHandlers(app: FastifyInstance, admin: AdminNamespace) {
  admin.use((socket, next) => {
    const cookies = app.parseCookie(socket.handshake.headers.cookie ?? '')
    const user = cookies[SESSION_COOKIE] ? app.auth.userFor(cookies[SESSION_COOKIE]) : undefined
    if (!user) return next(new Error('unauthorized: sign in first'))
    // The session's hash, so signing out can end exactly this session's sockets (admin-sessions.ts).
    socket.data = { userId: user.id, session: sha256(cookies[SESSION_COOKIE]!) }
    next()
  })
  admin.on('connection', (socket) => {
    const user = app.auth.getUser(socket.data.userId)
    if (!user) return socket.disconnect(true)
    void socket.join(adminRooms(user))
    for (const status of app.devices.statuses()) socket.emit('device:status', status)
    socket.emit('rev', { rev: app.stores.content.rev() })
  })
}
