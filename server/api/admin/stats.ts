// /api/admin/stats: today at a glance, the dashboard's charts over a chosen period, and the
// province's quarterly table (JSON, CSV with a BOM for Excel, XLSX). An operator's figures cover only
// its townships.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import type { Registration } from '../../../content/model.ts'
import { httpError } from '../../plugins/errors.ts'
import { funnel } from '../../services/funnel.ts'
import { funnelInScope, periodStats, townshipOf } from '../../services/period-stats.ts'
import { townshipOf as townshipOfItem } from './references.ts'
import { townshipScope } from '../../services/permissions.ts'
import { quarterOf, quarterTable } from '../../services/quarterly.ts'
import { quarterCsv, quarterTitle, quarterXlsx } from '../../services/quarterly-export.ts'
import { chinaDay, DAY_MS, shiftDay } from '../../../client/china-day.ts'

/** A year and a bit: enough for any report, and bounded so one request cannot walk years of days. */
const MAX_PERIOD_DAYS = 400
const Quarter = Type.Object({
  quarter: Type.Optional(Type.String({ pattern: '^20[0-9]{2}-Q[1-4]$' })),
})

export default async function statsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const usage = (day: string) => app.metrics.day(day)

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
      const today = chinaDay(now)
      const from = request.query.from ?? shiftDay(today, -29)
      const to = request.query.to ?? today
      if (from > to)
        throw httpError(400, 'from must not be after to', [{ path: 'from', message: 'is after to' }])
      if ((Date.parse(to) - Date.parse(from)) / DAY_MS >= MAX_PERIOD_DAYS)
        throw httpError(400, `a period is at most ${MAX_PERIOD_DAYS} days`, [
          { path: 'from', message: `is more than ${MAX_PERIOD_DAYS} days before to` },
        ])
      const snapshot = app.stores.content.snapshot()
      const content = app.stores.content
      const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]))
      const lists = {
        jobs: byId(content.list('jobs')),
        fairs: byId(content.list('fairs')),
        venues: byId(content.list('venues')),
        devices: byId(app.devices.list()),
      }
      const scope = townshipScope(request.user)
      /** Whether an operator's townships hold it; the township is only worked out for operators. */
      const mine = (township: () => string | undefined) => {
        if (!scope) return true
        const found = township()
        return found !== undefined && scope.includes(found)
      }
      const period = periodStats({
        from,
        to,
        registrations: app.stores.registrations.all(),
        ...lists,
        usage,
        scope,
      })

      // Today's figures cover an operator's townships only, as the ledger and the period do.
      // Devices are the county's: operators see every device on the devices page too.
      const todays: Registration[] = []
      for (const r of app.stores.registrations.all()) {
        if (chinaDay(r.createdAt) === today && mine(() => townshipOf(r, lists))) todays.push(r)
      }
      const at = now.getTime()
      const jobsShown = snapshot.jobs.filter((j) => mine(() => j.township))
      const fairsNow = snapshot.fairs.filter(
        (f) =>
          Date.parse(f.startsAt) <= at &&
          Date.parse(f.endsAt) > at &&
          mine(() => townshipOfItem(content, 'fairs', f)),
      )
      // What waits for an editor's approval (optional, per township): counted for everyone who
      // sees the dashboard, so an operator knows its items are not on devices yet.
      const pending: Record<string, number> = {}
      for (const kind of ['jobs', 'fairs', 'announcements'] as const) {
        const n = content
          .list(kind)
          .filter(
            (item) => item.status === 'pending' && mine(() => townshipOfItem(content, kind, item)),
          ).length
        if (n > 0) pending[kind] = n
      }
      return {
        today: {
          day: today,
          devicesOnline: app.devices.onlineCount(),
          devices: lists.devices.size,
          registrations: todays.length,
          fairsNow: fairsNow.length,
          jobsShown: jobsShown.length,
          headcount: jobsShown.reduce((sum, j) => sum + j.headcount, 0),
          pending,
          // Per screen, kiosk or poster and per job or fair: QR shown -> scanned -> registered.
          funnel: funnelInScope(funnel(app.metrics.day(today), todays), { ...lists, scope }),
        },
        period,
        rev: snapshot.rev,
      }
    },
  )

  function table(request: FastifyRequest, quarter: string | undefined) {
    const content = app.stores.content
    return quarterTable({
      quarter: quarter ?? quarterOf(chinaDay(app.now())),
      jobs: content.list('jobs'),
      fairs: content.list('fairs'),
      venues: content.list('venues'),
      devices: app.devices.list(),
      registrations: app.stores.registrations.all(),
      usage,
      townships: content.settings().townships,
      scope: townshipScope(request.user),
    })
  }

  app.get('/quarterly', { schema: { querystring: Quarter } }, async (request) => {
    const result = table(request, request.query.quarter)
    return { ...result, title: quarterTitle(app.stores.content.settings().county, result) }
  })

  app.get('/quarterly.csv', { schema: { querystring: Quarter } }, async (request, reply) => {
    const result = table(request, request.query.quarter)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="quarterly-${result.quarter}.csv"`)
      .send(quarterCsv(result))
  })

  app.get('/quarterly.xlsx', { schema: { querystring: Quarter } }, async (request, reply) => {
    const result = table(request, request.query.quarter)
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="quarterly-${result.quarter}.xlsx"`)
      .send(await quarterXlsx(result, app.stores.content.settings().county))
  })
}
