// Staff sign-in: POST /api/auth/login, /logout, /setup (first admin via the one-time link),
// /password; GET /api/auth/me. The session id lives in an HttpOnly, SameSite=Lax cookie, Secure
// when the hub is reached over https.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { Password } from '../../content/model.ts'
import { publicUser, SESSION_IDLE_MINUTES } from '../services/auth.ts'
import { httpError } from '../plugins/errors.ts'
import { rateLimited } from '../plugins/security.ts'
import { endAdminSockets } from '../realtime/admin-sessions.ts'
import { sha256 } from '../services/ids.ts'

export const SESSION_COOKIE = 'jh_session'

const Credentials = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 40 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
)

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires,
  })
}

export default async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const loginLimit = rateLimited(app, 20, '1 minute')

  app.post('/login', { schema: { body: Credentials }, config: loginLimit }, async (request, reply) => {
    const result = await app.auth.login(request.body.username, request.body.password)
    if (!result.ok) {
      request.log.warn({ username: request.body.username, reason: result.reason }, 'sign-in refused')
      if (result.reason === 'locked') {
        throw httpError(423, `Too many wrong passwords: this account is locked until ${result.retryAt}.`)
      }
      throw httpError(401, 'Wrong username or password.')
    }
    setSessionCookie(request, reply, result.sessionId, new Date(result.expiresAt))
    await app.audit.record(result.user, 'login', 'users', result.user.id)
    return { user: result.user, expiresAt: result.expiresAt }
  })

  app.post('/logout', async (request, reply) => {
    const sid = request.cookies[SESSION_COOKIE]
    if (sid) {
      await app.auth.logout(sid)
      await endAdminSockets(app, { session: sha256(sid) })
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return { ok: true }
  })

  app.get('/me', async (request) => {
    const sid = request.cookies[SESSION_COOKIE]
    const user = sid ? app.auth.userFor(sid) : undefined
    if (!user) throw httpError(401, 'Not signed in.')
    // The admin counts down from its last call to warn before an idle session ends.
    return { user: publicUser(user), idleMinutes: SESSION_IDLE_MINUTES }
  })

  app.post(
    '/setup',
    {
      schema: {
        body: Type.Object(
          {
            token: Type.String({ minLength: 10, maxLength: 200 }),
            username: Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9_.-]+$' }),
            password: Password,
          },
          { additionalProperties: false },
        ),
      },
      config: loginLimit,
    },
    async (request, reply) => {
      const user = await app.auth.setup(request.body.token, request.body.username, request.body.password)
      if (!user) throw httpError(403, 'This setup link is not valid or has been used already.')
      await app.audit.record(user, 'setup', 'users', user.id)
      const login = await app.auth.login(request.body.username, request.body.password)
      if (login.ok) setSessionCookie(request, reply, login.sessionId, new Date(login.expiresAt))
      return reply.status(201).send({ user: publicUser(user) })
    },
  )

  app.post(
    '/password',
    {
      schema: {
        body: Type.Object(
          { current: Type.String({ maxLength: 200 }), password: Password },
          { additionalProperties: false },
        ),
      },
      config: loginLimit,
    },
    async (request, reply) => {
      const sid = request.cookies[SESSION_COOKIE]
      const user = sid ? app.auth.userFor(sid) : undefined
      if (!user) throw httpError(401, 'Not signed in.')
      const check = await app.auth.login(user.username, request.body.current)
      if (!check.ok)
        throw httpError(403, 'The current password is not right.', [
          { path: 'current', message: 'is not right' },
        ])
      await app.auth.logout(check.sessionId)
      // A new password ends every session of this user (a lost or shared one above all), so this
      // browser gets a fresh one: the person who just changed it carries on without signing in again.
      await app.auth.updateUser(user.id, { password: request.body.password })
      await endAdminSockets(app, { userId: user.id })
      const fresh = await app.auth.login(user.username, request.body.password)
      if (fresh.ok) setSessionCookie(request, reply, fresh.sessionId, new Date(fresh.expiresAt))
      await app.audit.record(user, 'password', 'users', user.id)
      return { ok: true }
    },
  )
}
