// What devices fetch over HTTP: their snapshot (Bearer token, ETag, compressed), who they are, and
// pairing: a new device asks for a code, shows it, and collects its token once staff entered it.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { DeviceKind } from '../../content/model.ts'
import { httpError } from '../plugins/errors.ts'
import { rateLimited } from '../plugins/security.ts'
import { createSnapshotCache } from './snapshot-cache.ts'

function deviceOf(app: FastifyInstance, request: FastifyRequest) {
  const header = request.headers.authorization ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : ''
  const device = token ? app.devices.byToken(token) : undefined
  if (!device) throw httpError(401, 'A valid device token is needed (Authorization: Bearer <token>).')
  return device
}

export default async function deviceRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const cache = createSnapshotCache(app.stores.content)
  const pairingLimit = rateLimited(app, 30, '1 minute')

  app.get('/content', async (request, reply) => {
    deviceOf(app, request)
    const encoded = cache.get()
    reply.header('etag', encoded.etag).header('cache-control', 'no-cache').header('vary', 'accept-encoding')
    if (request.headers['if-none-match'] === encoded.etag) return reply.status(304).send()
    const accept = String(request.headers['accept-encoding'] ?? '')
    reply.type('application/json; charset=utf-8')
    if (/\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(cache.brotli(encoded))
    if (/\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(encoded.gzip)
    return reply.send(encoded.identity)
  })

  app.get('/me', async (request) => {
    const { tokenHash: _t, ...device } = deviceOf(app, request)
    return { device, rev: app.stores.content.rev() }
  })

  app.post(
    '/pairing',
    {
      schema: { body: Type.Object({ kind: DeviceKind }, { additionalProperties: false }) },
      config: pairingLimit,
    },
    async (request, reply) => reply.status(201).send(await app.devices.requestPairing(request.body.kind)),
  )

  app.post(
    '/pairing/collect',
    {
      schema: {
        body: Type.Object(
          {
            code: Type.String({ pattern: '^[0-9]{6}$' }),
            claim: Type.String({ minLength: 20, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const result = await app.devices.collect(request.body.code, request.body.claim)
      if (!result) throw httpError(404, 'This pairing code has expired or is not known; ask for a new one.')
      if (result.status === 'waiting') return reply.status(202).send({ status: 'waiting' })
      return result
    },
  )
}
