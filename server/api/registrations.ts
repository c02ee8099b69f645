// POST /api/registrations: a job seeker's interest from a phone or poster. The kiosk's `register`
// socket event takes the same path (services/registrations.ts).
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { MobilePhone, RegistrationInput } from '../../content/model.ts'
import { httpError } from '../plugins/errors.ts'
import { rateLimited } from '../plugins/security.ts'
import { findOwn, withdrawOwn } from '../services/own-registration.ts'

const Lookup = Type.Object(
  { phone: MobilePhone, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
)

export default async function registrationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  // A generous ceiling per address: a whole fair may sit behind one NAT. Per-phone and per-device
  // limits in the registration service stop scripts.
  const perAddress = rateLimited(app, 600, '1 minute')
  const lookupLimit = rateLimited(app, 30, '10 minutes')

  app.post('/', { schema: { body: RegistrationInput }, config: perAddress }, async (request, reply) => {
    const body = request.body
    const source = body.source ?? { channel: 'phone' as const }
    const outcome = await app.registrations.register(body, source)
    if (!outcome.ok) throw httpError(outcome.status, outcome.message, outcome.fields)
    return reply.status(outcome.status).send(outcome.body)
  })

  /** A visitor looks up their own registration with the phone number and the code they were given. */
  app.post('/lookup', { schema: { body: Lookup }, config: lookupLimit }, async (request) => {
    const found = findOwn(app.stores.registrations, request.body.phone, request.body.code)
    if (!found) throw httpError(404, 'No registration matches this phone number and code.')
    const content = app.stores.content
    return {
      id: found.id,
      code: found.code,
      status: found.status,
      createdAt: found.createdAt,
      jobs: found.jobIds.map((id) => ({ id, title: content.get('jobs', id)?.title })),
      ...(found.fairId
        ? { fair: { id: found.fairId, title: content.get('fairs', found.fairId)?.title } }
        : {}),
    }
  })

  /** A visitor withdraws their registration: it stays in the ledger as withdrawn, without their name. */
  app.post('/withdraw', { schema: { body: Lookup }, config: lookupLimit }, async (request) => {
    const deps = { store: app.stores.registrations, audit: app.audit, now: app.now }
    const found = await withdrawOwn(deps, request.body.phone, request.body.code)
    if (!found) throw httpError(404, 'No registration matches this phone number and code.')
    return { ok: true }
  })
}
