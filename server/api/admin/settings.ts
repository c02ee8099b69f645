// /api/admin/settings: the bureau's settings (name, hotline, townships, which townships need approval,
// how long registrations are kept). Reading is for every signed-in role; changing is an admin's,
// audited, and reaches devices as one content revision. `?retentionDays=N` also counts what the next
// daily purge would delete with N. `GET /townships` says what still names each township, so staff see
// it before they take one off the list.
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { SettingsPatch, type Settings } from '../../../content/model.ts'
import { httpError } from '../../plugins/errors.ts'
import { retentionCutoff, retentionDays } from '../../services/retention.ts'
import { townshipUse } from '../../services/township-use.ts'

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

  app.get('/townships', { config: { permission: 'settings:write' } }, async () => ({
    items: townshipUse(content.settings().townships, content, app.auth.listUsers(), content.settings()),
  }))

  app.patch(
    '/',
    { schema: { body: SettingsPatch }, config: { permission: 'settings:write' } },
    async (request) => {
      const before = content.settings()
      const after: Settings = { ...before, ...request.body }
      // The same name twice would show twice in every township filter and picker.
      const seen = new Map<string, number>()
      for (const [i, name] of (request.body.townships ?? []).entries()) {
        const first = seen.get(name)
        if (first !== undefined) {
          const message = `repeats "${name}" (item ${first + 1})`
          throw httpError(400, `townships.${i} ${message}`, [{ path: `townships.${i}`, message }])
        }
        seen.set(name, i)
      }
      // Approval is set per township of the county; a name not in the list would silently never match.
      // Only checked when sent, so changing the township list never fails on an old approval entry.
      const unknown = (request.body.approvalTownships ?? []).filter((name) => !after.townships.includes(name))
      if (unknown.length > 0) {
        const message = `is not a township of the county: ${unknown.join(', ')}`
        throw httpError(400, `approvalTownships ${message}`, [{ path: 'approvalTownships', message }])
      }
      // A township taken off the list leaves the approval list too: kept there, it would make every
      // later save of approvalTownships fail the check above.
      if (request.body.townships && after.approvalTownships && !request.body.approvalTownships)
        after.approvalTownships = after.approvalTownships.filter((name) => after.townships.includes(name))
      await content.setSettings(after)
      await app.audit.record(request.user, 'update', 'settings', 'settings', before, after)
      return describe(after)
    },
  )
}
