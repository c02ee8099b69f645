// POST /api/registrations: a job seeker's interest from a phone or poster. The kiosk's `register`
// socket event takes the same path (services/registrations.ts).
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { MobilePhone, RegistrationInput, type Registration } from '../../content/model.ts'
import { httpError } from '../plugins/errors.ts'
import { rateLimited } from '../plugins/security.ts'
import type { OwnLookup } from '../services/own-registration.ts'

const Lookup = Type.Object(
  { phone: MobilePhone, code: Type.String({ pattern: '^[0-9]{6}$' }) },
  { additionalProperties: false },
)

/** The registration found, or what the visitor is told: locked for the hour (429) or no match (404). */
function foundOrError(lookup: OwnLookup): Registration {
  if (lookup.found) return lookup.found
  if (lookup.locked)
    throw httpError(
      429,
      'Too many wrong codes for this phone number: try again in an hour, or call the hotline.',
    )
  throw httpError(404, 'No registration matches this phone number and code.')
}

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
    const found = foundOrError(app.own.find(request.body.phone, request.body.code))
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
    foundOrError(await app.own.withdraw(request.body.phone, request.body.code))
    return { ok: true }
  })
}
