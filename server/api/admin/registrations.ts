// /api/admin/registrations: the ledger (台账). Phones are masked unless the role may see them and
// the request asks (`reveal=1`), and each reveal is audited. CSV export opens in Excel (UTF-8 BOM),
// is streamed, and is audited too. Erasing a person's data by phone is an admin's job.
import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { CATEGORIES, REGISTRATION_STATUSES } from '../../../content/catalog.ts'
import { Id, MobilePhone, RegistrationPatch, type Registration } from '../../../content/model.ts'
import { maskPhone } from '../../../content/privacy.ts'
import { httpError } from '../../plugins/errors.ts'
import { can, townshipScope } from '../../services/permissions.ts'
import type { RegistrationFilter } from '../../store/registration-store.ts'
import { chinaDay, chinaDayStart, DAY_MS } from '../../../client/china-day.ts'

const Filters = Type.Object({
  jobId: Type.Optional(Id),
  fairId: Type.Optional(Id),
  employerId: Type.Optional(Id),
  township: Type.Optional(Type.String({ maxLength: 40 })),
  device: Type.Optional(Id),
  channel: Type.Optional(Type.Enum(['kiosk', 'phone', 'poster'])),
  status: Type.Optional(Type.Enum(Object.keys(REGISTRATION_STATUSES))),
  phone: Type.Optional(MobilePhone),
  training: Type.Optional(Type.Boolean()),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  reveal: Type.Optional(Type.Boolean()),
})
const ListQuery = Type.Intersect([
  Filters,
  Type.Object({
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
  }),
])

/**
 * The export's time column, as toLocaleString('zh-CN') writes it ("2026/7/15 09:30:00"). One formatter
 * for all rows: toLocaleString builds a new one per call, which took 8 s for 100,000 rows.
 */
const CSV_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour12: false,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

type Query = { [K in keyof typeof Filters.properties]?: unknown } & Record<string, unknown>

export default async function registrationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const store = app.stores.registrations
  const content = app.stores.content

  function filterFor(request: FastifyRequest, q: Query): RegistrationFilter {
    const filter: RegistrationFilter = {}
    if (q.jobId) filter.jobId = q.jobId as string
    if (q.fairId) filter.fairId = q.fairId as string
    if (q.device) filter.device = q.device as string
    if (q.channel) filter.channel = q.channel as string
    if (q.status) filter.status = q.status as string
    if (q.training) filter.training = true
    if (q.phone) filter.phone = q.phone as string
    if (q.from) filter.from = chinaDayStart(q.from as string)
    if (q.to) filter.to = chinaDayStart(q.to as string) + DAY_MS
    if (q.employerId)
      filter.jobIds = new Set(
        content
          .list('jobs')
          .filter((j) => j.employerId === q.employerId)
          .map((j) => j.id),
      )
    const scope = townshipScope(request.user)
    const townships = q.township ? [q.township as string].filter((t) => !scope || scope.includes(t)) : scope
    if (townships) filter.township = townships
    return filter
  }

  /** An operator sees a registration when the person's township or one of the jobs is theirs. */
  function inScope(request: FastifyRequest, r: Registration): boolean {
    const scope = townshipScope(request.user)
    if (!scope) return true
    if (r.township && scope.includes(r.township)) return true
    return r.jobIds.some((id) => {
      const t = content.get('jobs', id)?.township
      return t !== undefined && scope.includes(t)
    })
  }

  function view(r: Registration, reveal: boolean) {
    const { phone, ...rest } = r
    return {
      ...rest,
      phoneMasked: maskPhone(phone),
      ...(reveal ? { phone } : {}),
      jobs: r.jobIds.map((id) => ({ id, title: content.get('jobs', id)?.title })),
    }
  }

  async function mayReveal(request: FastifyRequest, reveal: unknown, count: number, what: string) {
    if (!reveal) return false
    if (!can(request.user, 'registrations:reveal'))
      throw httpError(403, 'Your role may not see full phone numbers.')
    await app.audit.record(request.user, 'reveal', 'registrations', undefined, undefined, { what, count })
    return true
  }

  app.get('/', { schema: { querystring: ListQuery } }, async (request) => {
    const q = request.query as Query & { limit: number; offset: number }
    const filter = filterFor(request, q)
    // Township scoping needs the job's township too, so scoped users filter after the store.
    const scoped = townshipScope(request.user)
    let page: { items: Registration[]; total: number }
    if (scoped && !q.township) {
      const { township: _t, ...rest } = filter
      const all = store.list(rest, 0, Number.MAX_SAFE_INTEGER).items.filter((r) => inScope(request, r))
      page = { items: all.slice(q.offset, q.offset + q.limit), total: all.length }
    } else page = store.list(filter, q.offset, q.limit)
    const reveal = await mayReveal(request, q.reveal, page.items.length, request.url)
    return { items: page.items.map((r) => view(r, reveal)), total: page.total }
  })

  app.get(
    '/:id',
    {
      schema: {
        params: Type.Object({ id: Id }),
        querystring: Type.Object({ reveal: Type.Optional(Type.Boolean()) }),
      },
    },
    async (request) => {
      const r = store.get(request.params.id)
      if (!r || !inScope(request, r)) throw httpError(404, `There is no registration ${request.params.id}.`)
      const reveal = await mayReveal(request, request.query.reveal, 1, r.id)
      return view(r, reveal)
    },
  )

  app.patch(
    '/:id',
    {
      schema: { params: Type.Object({ id: Id }), body: RegistrationPatch },
      config: { permission: 'registrations:write' },
    },
    async (request) => {
      const before = store.get(request.params.id)
      if (!before || !inScope(request, before))
        throw httpError(404, `There is no registration ${request.params.id}.`)
      const at = new Date(app.now()).toISOString()
      const after = await store.update(before.id, (r) => ({
        ...r,
        ...(request.body.status ? { status: request.body.status } : {}),
        notes: request.body.note
          ? [...r.notes, { at, by: request.user.username, text: request.body.note }]
          : r.notes,
        updatedAt: at,
      }))
      await app.audit.record(
        request.user,
        'update',
        'registrations',
        before.id,
        { status: before.status },
        { status: after!.status, note: request.body.note },
      )
      return view(after!, false)
    },
  )

  app.post(
    '/erase',
    {
      schema: {
        body: Type.Object(
          { phone: MobilePhone, dryRun: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
      },
      config: { permission: 'registrations:delete' },
    },
    async (request) => {
      const found = store.byPhone(request.body.phone)
      const phoneMasked = maskPhone(request.body.phone)
      // A dry run says how many would go, so staff confirm knowing what they are about to delete.
      if (request.body.dryRun) return { matches: found.length, phoneMasked }
      const deleted = await store.remove(found.map((r) => r.id))
      // The journal is append-only: rewrite it now so the person's lines are gone from the disk
      // today, not at the next daily purge. (Daily backups still hold them until they rotate out.)
      if (deleted > 0) await store.compact()
      await app.audit.record(request.user, 'erase', 'registrations', undefined, undefined, {
        phone: phoneMasked,
        deleted,
      })
      return { deleted, phoneMasked }
    },
  )

  app.get('.csv', { schema: { querystring: Filters } }, async (request, reply) => {
    const q = request.query as Query
    const filter = filterFor(request, q)
    const reveal = await mayReveal(request, q.reveal, store.count(), 'csv export')
    await app.audit.record(request.user, 'export', 'registrations', undefined, undefined, { filter: q })
    const header = [
      '登记码',
      '登记时间',
      '姓名',
      '手机号',
      '性别',
      '年龄段',
      '乡镇',
      '想找的工作',
      '想参加培训',
      '岗位',
      '招聘会',
      '来源',
      '设备',
      '状态',
      '备注',
    ]
    const cell = (v: unknown) => {
      const s = String(v ?? '')
      // Quote every cell and defuse formulas, so a name like "=HYPERLINK(...)" stays text in Excel.
      return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`
    }
    const { township: _t, ...unscoped } = filter
    const source = store.list(
      townshipScope(request.user) && !q.township ? unscoped : filter,
      0,
      Number.MAX_SAFE_INTEGER,
    ).items
    // Rows go out a few hundred at a time: one stream chunk per row would cost more than the row.
    function* lines() {
      yield '\uFEFF' + header.map(cell).join(',') + '\r\n'
      let batch = ''
      let rows = 0
      for (const r of source) {
        if (!inScope(request, r)) continue
        batch +=
          [
            r.code,
            CSV_TIME.format(new Date(r.createdAt)),
            r.name,
            reveal ? r.phone : maskPhone(r.phone),
            r.gender === 'male' ? '男' : r.gender === 'female' ? '女' : '',
            r.ageBand,
            r.township,
            (r.wants ?? []).map((c) => CATEGORIES[c].zh).join('；'),
            r.training ? '是' : '',
            r.jobIds.map((id) => content.get('jobs', id)?.title ?? id).join('；'),
            r.fairId ? (content.get('fairs', r.fairId)?.title ?? r.fairId) : '',
            r.source.channel,
            r.source.device ?? r.source.poster ?? '',
            REGISTRATION_STATUSES[r.status].zh,
            r.notes.map((n) => n.text).join('；'),
          ]
            .map(cell)
            .join(',') + '\r\n'
        if (++rows % 500 === 0) {
          yield batch
          batch = ''
        }
      }
      if (batch) yield batch
    }
    const day = chinaDay(app.now())
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="registrations-${day}.csv"`)
      .send(Readable.from(lines()))
  })
}
