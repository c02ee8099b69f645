// /api/admin/audit: the audit log, newest first, filterable by who, what kind, which action, which
// item and a range of days, with the users, kinds and actions that occur (for the page's pickers).
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { maskPhones } from '../../../content/privacy.ts'
import { chinaDayStart, DAY_MS } from '../../../client/china-day.ts'

export default async function auditRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/',
    {
      config: { permission: 'audit:read' },
      schema: {
        querystring: Type.Object({
          kind: Type.Optional(Type.String({ maxLength: 40 })),
          entityId: Type.Optional(Type.String({ maxLength: 64 })),
          username: Type.Optional(Type.String({ maxLength: 40 })),
          action: Type.Optional(Type.String({ maxLength: 60 })),
          from: Type.Optional(Type.String({ format: 'date' })),
          to: Type.Optional(Type.String({ format: 'date' })),
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
        }),
      },
    },
    async (request) => {
      const { limit, offset, from, to, ...filter } = request.query
      const page = app.stores.audit.list(
        {
          ...filter,
          ...(from ? { from: chinaDayStart(from) } : {}),
          ...(to ? { to: chinaDayStart(to) + DAY_MS } : {}),
        },
        offset,
        limit,
      )
      // Entries written before phones were masked on the way in are masked on the way out.
      return {
        items: page.items.map((e) => ({ ...e, before: maskPhones(e.before), after: maskPhones(e.after) })),
        total: page.total,
        facets: app.stores.audit.facets(),
      }
    },
  )
}
