// /api/admin/{jobs,employers,fairs,venues,announcements}: list, create, read, patch, delete.
// One set of routes for every content kind; each change is one revision pushed to devices and one
// audit entry. Township operators see and change only their townships' items.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type, { type TSchema } from 'typebox'
import {
  AnnouncementInput,
  AnnouncementPatch,
  EmployerInput,
  EmployerPatch,
  FairInput,
  FairPatch,
  Id,
  JobInput,
  JobPatch,
  VenueInput,
  VenuePatch,
  type ContentItems,
  type ContentKind,
} from '../../../content/model.ts'
import { httpError } from '../../plugins/errors.ts'
import { statusAfterApproval } from '../../services/approval.ts'
import { newId } from '../../services/ids.ts'
import { townshipScope } from '../../services/permissions.ts'
import type { Change } from '../../store/content-store.ts'
import { deleteBlocker, referenceErrors, townshipOf } from './references.ts'

const KINDS: { kind: ContentKind; prefix: string; input: TSchema; patch: TSchema }[] = [
  { kind: 'jobs', prefix: 'job', input: JobInput, patch: JobPatch },
  { kind: 'employers', prefix: 'emp', input: EmployerInput, patch: EmployerPatch },
  { kind: 'fairs', prefix: 'fair', input: FairInput, patch: FairPatch },
  { kind: 'venues', prefix: 'venue', input: VenueInput, patch: VenuePatch },
  { kind: 'announcements', prefix: 'ann', input: AnnouncementInput, patch: AnnouncementPatch },
]

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  status: Type.Optional(Type.String({ maxLength: 20 })),
  /** A job's category, or the kind of a fair, venue or announcement. */
  category: Type.Optional(Type.String({ maxLength: 40 })),
  kind: Type.Optional(Type.String({ maxLength: 40 })),
  township: Type.Optional(Type.String({ maxLength: 40 })),
  employerId: Type.Optional(Id),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
})
const IdParams = Type.Object({ id: Id })

export default async function contentRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const content = app.stores.content
  const write = { permission: 'content:write' as const }

  for (const { kind, prefix, input, patch } of KINDS) {
    type Item = ContentItems[typeof kind]
    const inScope = (request: FastifyRequest, item: Item) => {
      const scope = townshipScope(request.user)
      if (!scope) return true
      const township = townshipOf(content, kind, item)
      return township !== undefined && scope.includes(township)
    }
    const find = (request: FastifyRequest, id: string) => {
      const item = content.get(kind, id) as Item | undefined
      if (!item || !inScope(request, item)) throw httpError(404, `There is no ${kind.slice(0, -1)} ${id}.`)
      return item
    }
    const validate = (request: FastifyRequest, item: Item) => {
      const fields = referenceErrors(content, kind, item)
      if (fields.length > 0)
        throw httpError(400, fields.map((f) => `${f.path} ${f.message}`).join('; '), fields)
      if (!inScope(request, item)) {
        throw httpError(403, 'You may only edit items of your own townships.', [
          { path: 'township', message: 'is outside your townships' },
        ])
      }
    }
    /** The item as stored: an operator's `published` becomes `pending` where the township needs approval. */
    const reviewed = (request: FastifyRequest, item: Item): Item => {
      const any = item as Record<string, unknown>
      const township = townshipOf(content, kind, item)
      const status = statusAfterApproval(content.settings(), request.user, kind, any.status, township)
      return status === any.status ? item : ({ ...item, status } as Item)
    }

    app.get(`/${kind}`, { schema: { querystring: ListQuery } }, async (request) => {
      const { q, status, category, kind: itemKind, township, employerId, limit, offset } = request.query
      const needle = q?.trim().toLowerCase()
      const items = (content.list(kind) as Item[]).filter((item) => {
        const any = item as Record<string, unknown>
        if (!inScope(request, item)) return false
        if (status && any.status !== status) return false
        if (category && any.category !== category) return false
        if (itemKind && any.kind !== itemKind) return false
        if (township && townshipOf(content, kind, item) !== township) return false
        if (employerId && any.employerId !== employerId) return false
        if (needle && !JSON.stringify(item).toLowerCase().includes(needle)) return false
        return true
      })
      items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      return { items: items.slice(offset, offset + limit), total: items.length, rev: content.rev() }
    })

    app.get(`/${kind}/:id`, { schema: { params: IdParams } }, async (request) =>
      find(request, request.params.id),
    )

    app.post(`/${kind}`, { schema: { body: input }, config: write }, async (request, reply) => {
      const at = new Date(app.now()).toISOString()
      const sent = { ...(request.body as object), id: newId(prefix), createdAt: at, updatedAt: at } as Item
      validate(request, sent)
      const item = reviewed(request, sent)
      const { rev } = await content.apply([{ kind, id: item.id, next: item } as Change])
      await app.audit.record(request.user, 'create', kind, item.id, undefined, item)
      return reply.status(201).send({ ...item, rev })
    })

    /** PATCH merges the fields sent; PUT replaces them all, which is how a form clears an optional field. */
    const update = async (
      request: FastifyRequest<{ Params: { id: string } }>,
      fields: object,
      merge: boolean,
    ) => {
      const before = find(request, request.params.id)
      const sent = {
        ...(merge ? before : {}),
        ...fields,
        id: before.id,
        createdAt: before.createdAt,
        updatedAt: new Date(app.now()).toISOString(),
      } as Item
      validate(request, sent)
      const after = reviewed(request, sent)
      const { rev } = await content.apply([{ kind, id: after.id, next: after } as Change])
      await app.audit.record(request.user, 'update', kind, after.id, before, after)
      return { ...after, rev }
    }

    app.patch(`/${kind}/:id`, { schema: { params: IdParams, body: patch }, config: write }, (request) =>
      update(request, request.body as object, true),
    )
    app.put(`/${kind}/:id`, { schema: { params: IdParams, body: input }, config: write }, (request) =>
      update(request, request.body as object, false),
    )

    app.delete(`/${kind}/:id`, { schema: { params: IdParams }, config: write }, async (request) => {
      const before = find(request, request.params.id)
      const blocker = deleteBlocker(content, kind, before.id)
      if (blocker) throw httpError(409, blocker)
      const changes: Change[] = [{ kind, id: before.id, next: undefined } as Change]
      if (kind === 'jobs') {
        // Take the job off every fair booth in the same revision, so no booth points at nothing.
        for (const fair of content.list('fairs')) {
          if (!fair.booths.some((b) => b.jobIds.includes(before.id))) continue
          const booths = fair.booths.map((b) => ({ ...b, jobIds: b.jobIds.filter((id) => id !== before.id) }))
          changes.push({
            kind: 'fairs',
            id: fair.id,
            next: { ...fair, booths, updatedAt: new Date(app.now()).toISOString() },
          })
        }
      }
      const { rev } = await content.apply(changes)
      await app.audit.record(request.user, 'delete', kind, before.id, before, undefined)
      return { ok: true, rev }
    })
  }
}
