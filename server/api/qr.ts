// QR codes for a job, a fair and the general registration page, as SVG. `?device=ID` (or
// `?poster=ID`) is carried into the encoded URL so scans and registrations are attributed to the
// screen, kiosk or poster that showed the code. Each code is made once and kept.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import QRCode from 'qrcode'
import Type from 'typebox'
import { Id } from '../../content/model.ts'
import { httpError } from '../plugins/errors.ts'

const Source = Type.Object(
  { device: Type.Optional(Id), poster: Type.Optional(Id) },
  { additionalProperties: false },
)
const MAX_CACHED = 5000

/** The phone page URL a QR code encodes. Short query names keep the code's modules large. */
export function phoneUrl(
  publicUrl: string,
  path: string,
  source: { device?: string; poster?: string },
): string {
  const query = source.device
    ? `?d=${encodeURIComponent(source.device)}`
    : source.poster
      ? `?p=${encodeURIComponent(source.poster)}`
      : ''
  return `${publicUrl}${path}${query}`
}

export default async function qrRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const cache = new Map<string, string>()

  async function svg(url: string): Promise<string> {
    let code = cache.get(url)
    if (!code) {
      // Level M survives smudges and glare on a screen while keeping modules big enough for 3 m;
      // the 4-module quiet zone is what scanners expect.
      code = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!)
      cache.set(url, code)
    }
    return code
  }

  const sendFor = async (path: string, query: { device?: string; poster?: string }, reply: FastifyReply) =>
    reply
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=3600')
      .send(await svg(phoneUrl(app.config.publicUrl, path, query)))

  const File = Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_-]+\\.svg$' }) })
  for (const [name, kind] of [
    ['job', 'jobs'],
    ['fair', 'fairs'],
  ] as const) {
    app.get(`/${name}/:file`, { schema: { params: File, querystring: Source } }, async (request, reply) => {
      const id = request.params.file.slice(0, -'.svg'.length)
      if (!app.stores.content.get(kind, id)) throw httpError(404, `There is no ${name} ${id}.`)
      return sendFor(`/m/${name}/${id}`, request.query, reply)
    })
  }
  app.get('/register.svg', { schema: { querystring: Source } }, async (request, reply) =>
    sendFor('/m', request.query, reply),
  )
}
