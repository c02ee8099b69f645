// /api/admin/stats: today at a glance and totals for a period (the admin issue adds charts and the
// province's quarterly table on top of these figures).
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import type { Registration } from '../../../content/model.ts'
import { funnel } from '../../services/funnel.ts'
import { localDay } from '../../store/backups.ts'

export default async function statsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/',
    {
      schema: {
        querystring: Type.Object({
          from: Type.Optional(Type.String({ format: 'date' })),
          to: Type.Optional(Type.String({ format: 'date' })),
        }),
      },
    },
    async (request) => {
      const now = new Date(app.now())
      const today = localDay(now)
      const from = request.query.from ?? localDay(new Date(now.getTime() - 29 * 86_400_000))
      const to = request.query.to ?? today
      const perDay: Record<string, number> = {}
      const perChannel: Record<string, number> = {}
      const perStatus: Record<string, number> = {}
      const perDevice: Record<string, number> = {}
      const perFair: Record<string, number> = {}
      let registrationsToday = 0
      const todays: Registration[] = []
      let total = 0
      for (const r of app.stores.registrations.all()) {
        const day = localDay(new Date(r.createdAt))
        if (day === today) {
          registrationsToday++
          todays.push(r)
        }
        if (day < from || day > to) continue
        total++
        perDay[day] = (perDay[day] ?? 0) + 1
        perChannel[r.source.channel] = (perChannel[r.source.channel] ?? 0) + 1
        perStatus[r.status] = (perStatus[r.status] ?? 0) + 1
        if (r.source.device) perDevice[r.source.device] = (perDevice[r.source.device] ?? 0) + 1
        if (r.fairId) perFair[r.fairId] = (perFair[r.fairId] ?? 0) + 1
      }
      const snapshot = app.stores.content.snapshot()
      const at = now.getTime()
      const scans: Record<string, number> = {}
      for (const [key, count] of app.metrics.day(now)) {
        const [type, source] = key.split('|')
        if (type === 'scan') scans[source || 'unknown'] = (scans[source || 'unknown'] ?? 0) + count
      }
      return {
        today: {
          day: today,
          devicesOnline: app.devices.onlineCount(),
          devices: app.devices.list().length,
          registrations: registrationsToday,
          fairsNow: snapshot.fairs.filter((f) => Date.parse(f.startsAt) <= at && Date.parse(f.endsAt) > at)
            .length,
          jobsShown: snapshot.jobs.length,
          headcount: snapshot.jobs.reduce((sum, j) => sum + j.headcount, 0),
          scans,
          // Per screen, kiosk or poster and per job or fair: QR shown -> scanned -> registered.
          funnel: funnel(app.metrics.day(now), todays),
        },
        period: { from, to, registrations: total, perDay, perChannel, perStatus, perDevice, perFair },
        rev: snapshot.rev,
      }
    },
  )
}
