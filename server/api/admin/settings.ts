// /api/admin/settings: the bureau's settings (name, hotline, townships, which townships need approval,
// how long registrations are kept). Reading is for every signed-in role; changing is an admin's,
// audited, and reaches devices as one content revision. `?retentionDays=N` also counts what the next
// daily purge would delete with N.
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { SettingsPatch, type Settings } from '../../../content/model.ts'
import { httpError } from '../../plugins/errors.ts'
import { retentionCutoff, retentionDays } from '../../services/retention.ts'

export default async function settingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const content = app.stores.content

  const describe = (settings: Settings, proposedDays?: number) => {
    const days = proposedDays ?? retentionDays(settings, app.config.registrationRetentionDays)
    const cutoff = retentionCutoff(days, app.now())
    let expiring = 0
    for (const r of app.stores.registrations.all()) if (Date.parse(r.createdAt) < cutoff) expiring++
    return {
      settings,
      retention: {
        days,
        defaultDays: app.config.registrationRetentionDays,
        /** Registrations older than `days`: what the next daily purge deletes. */
        expiring,
      },
    }
  }

  app.get(
    '/',
    {
      schema: {
        querystring: Type.Object({
          retentionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 36500 })),
        }),
      },
    },
    async (request) => describe(content.settings(), request.query.retentionDays),
  )

  app.patch(
    '/',
    { schema: { body: SettingsPatch }, config: { permission: 'settings:write' } },
    async (request) => {
      const before = content.settings()
      const after: Settings = { ...before, ...request.body }
      // Approval is set per township of the county; a name not in the list would silently never match.
      // Only checked when sent, so changing the township list never fails on an old approval entry.
      const unknown = (request.body.approvalTownships ?? []).filter((name) => !after.townships.includes(name))
      if (unknown.length > 0) {
        const message = `is not a township of the county: ${unknown.join(', ')}`
        throw httpError(400, `approvalTownships ${message}`, [{ path: 'approvalTownships', message }])
      }
      await content.setSettings(after)
      await app.audit.record(request.user, 'update', 'settings', 'settings', before, after)
      return describe(after)
    },
  )
}
