// QR codes for a job, a fair and the general registration page: SVG for screens and kiosks, PNG for
// print. `?device=ID` (or `?poster=ID`) is carried into the encoded URL so scans and registrations are
// attributed to the screen, kiosk or poster that showed the code. Each code is made once and kept:
// what it encodes changes only with PUBLIC_URL, an id or the source.
//
// Sizes that scan: a phone reads a code from about ten times its width, so from 3 m the code needs
// to be about 30 cm wide (some 480 px of a 1080p 55" screen); on A4, 8 cm or more. Error correction:
// M for screens (a clean, lit surface; the lowest version keeps modules biggest for a given size),
// Q for print, which gets creased, smudged and taped over. Both keep the 4-module quiet zone the
// standard asks for: a code drawn against a busy background without it fails from a distance.
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
/** PNG modules of 24 px: a version-6 code is then 1176 px, 10 cm at 300 dpi, crisp when scaled down. */
const PNG_SCALE = 24

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

type Format = 'svg' | 'png'

export default async function qrRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const cache = new Map<string, string | Buffer>()

  async function make(url: string, format: Format): Promise<string | Buffer> {
    const key = `${format}|${url}`
    let code = cache.get(key)
    if (!code) {
      code =
        format === 'svg'
          ? await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })
          : await QRCode.toBuffer(url, {
              type: 'png',
              errorCorrectionLevel: 'Q',
              margin: 4,
              scale: PNG_SCALE,
            })
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!)
      cache.set(key, code)
    }
    return code
  }

  const sendFor = async (
    path: string,
    format: Format,
    query: { device?: string; poster?: string },
    reply: FastifyReply,
  ) =>
    reply
      .type(format === 'svg' ? 'image/svg+xml' : 'image/png')
      .header('cache-control', 'public, max-age=3600')
      .send(await make(phoneUrl(app.config.publicUrl, path, query), format))

  const File = Type.Object({ file: Type.String({ pattern: '^[A-Za-z0-9_-]+\\.(svg|png)$' }) })
  const split = (file: string) => {
    const dot = file.lastIndexOf('.')
    return { id: file.slice(0, dot), format: file.slice(dot + 1) as Format }
  }
  for (const [name, kind] of [
    ['job', 'jobs'],
    ['fair', 'fairs'],
  ] as const) {
    app.get(`/${name}/:file`, { schema: { params: File, querystring: Source } }, async (request, reply) => {
      const { id, format } = split(request.params.file)
      if (!app.stores.content.get(kind, id)) throw httpError(404, `There is no ${name} ${id}.`)
      return sendFor(`/m/${name}/${id}`, format, request.query, reply)
    })
  }
  for (const format of ['svg', 'png'] as const) {
    app.get(`/register.${format}`, { schema: { querystring: Source } }, async (request, reply) =>
      sendFor('/m', format, request.query, reply),
    )
  }
}
