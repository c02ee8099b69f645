// The registrations floor: the same route shape as the hub's POST /api/registrations (Fastify, the
// RegistrationInput body schema, the hub's Ajv options and log level), answering 201 without storing
// anything. What the hub does above this (store, fsync, indexes, plugins) is what the ratio shows.
// `static` is the reconnect floor instead: a bare node:http server answering every GET with one
// pre-gzipped JSON buffer (the bytes the bench hands it), as a static file server would.
import { createServer } from 'node:http'
import Fastify from 'fastify'
import addFormats from 'ajv-formats'
import { RegistrationInput } from '../../content/model.ts'
import { AJV_OPTIONS } from '../../content/validate.ts'
import { newDigits, newId } from '../../server/services/ids.ts'
import { serve } from './child.ts'

const app = Fastify({
  logger: { level: 'warn' },
  ajv: { customOptions: { ...AJV_OPTIONS, coerceTypes: 'array' }, plugins: [addFormats.default as never] },
})
app.post('/api/registrations', { schema: { body: RegistrationInput } }, async (_request, reply) =>
  reply.status(201).send({ id: newId('reg'), code: newDigits(6) }),
)

serve({
  async start() {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    return { port: typeof address === 'object' && address ? address.port : 0 }
  },

  async static(message) {
    const body = Buffer.from(message.gzip as Uint8Array)
    const server = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': 'no-cache',
      })
      response.end(body)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    return { port: typeof address === 'object' && address ? address.port : 0 }
  },
})
