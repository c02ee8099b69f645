// /api/admin/audit: the audit log, newest first, filterable.
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'

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
          limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
        }),
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query
      return app.stores.audit.list(filter, offset, limit)
    },
  )
}
