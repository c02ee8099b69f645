// Serves the built faces (dist/): each face's page at its own path, assets with long caching since
// their names carry a content hash. When the faces are not built, their pages say how to build them.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

export const FACES = { kiosk: '/kiosk', screen: '/screen', admin: '/admin', phone: '/m' } as const

export default fp(async function faces(app: FastifyInstance) {
  const root = app.config.distDir
  const built = existsSync(join(root, 'kiosk', 'index.html'))
  if (!built) app.log.warn({ root }, 'the faces are not built: run `npm run build`')
  // Without a build the assets are not served, but `sendFile` must exist for the face routes.
  await app.register(fastifyStatic, {
    root: existsSync(root) ? root : process.cwd(),
    ...(existsSync(root) ? {} : { serve: false as const }),
    index: false,
    redirect: false,
    wildcard: true,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  // The phone pages (FACES.phone) are rendered by the hub itself, in api/phone/.
  for (const path of [FACES.kiosk, FACES.screen, FACES.admin]) {
    const file = join(path.slice(1), 'index.html')
    const handler = async (_request: unknown, reply: import('fastify').FastifyReply) => {
      if (!existsSync(join(root, file))) {
        return reply
          .status(503)
          .type('text/plain; charset=utf-8')
          .send('The faces are not built yet: run `npm run build`, then reload.')
      }
      return reply.header('cache-control', 'no-cache').sendFile(file)
    }
    app.get(path, handler)
  }
})
