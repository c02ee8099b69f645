// Keeps the live /admin sockets in step with the sessions behind them: a socket outlives its HTTP
// request, so signing out, a disabled or deleted account or a new password must end it too, and a
// changed role or township list must change what it hears.
import type { FastifyInstance } from 'fastify'
import type { User } from '../../content/model.ts'
import { townshipScope } from '../services/permissions.ts'

/** The rooms a staff member's socket belongs in: the whole county, or its townships. */
export function adminRooms(user: Pick<User, 'role' | 'townships'>): string[] {
  const scope = townshipScope(user)
  return scope ? scope.map((t) => `township:${t}`) : ['county']
}

/** Disconnects the sockets of one session (signing out) or of every session of a user. */
export async function endAdminSockets(
  app: FastifyInstance,
  match: { session: string } | { userId: string },
): Promise<void> {
  for (const socket of await app.adminNs.fetchSockets()) {
    const data = socket.data
    if ('session' in match ? data.session === match.session : data.userId === match.userId)
      socket.disconnect(true)
  }
}

/** Moves a user's sockets to the rooms of the user's role and townships as they are now. */
export async function rescopeAdminSockets(app: FastifyInstance, user: User): Promise<void> {
  const rooms = adminRooms(user)
  for (const socket of await app.adminNs.fetchSockets()) {
    if (socket.data.userId !== user.id) continue
    for (const room of socket.rooms) if (room !== socket.id) socket.leave(room)
    socket.join(rooms)
  }
}
