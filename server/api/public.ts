// The public read API: what kiosks, screens, phone pages and anyone else may read without signing in.
// Everything here is served from the devices' snapshot, so it shows exactly what devices show.
import type { FastifyInstance } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import {
  BENEFITS,
  CATEGORIES,
  EDUCATION,
  FAIR_KINDS,
  SALARY_UNITS,
  TAGS,
  VENUE_KINDS,
} from '../../content/catalog.ts'
import { Id } from '../../content/model.ts'
import { httpError } from '../plugins/errors.ts'
import { searchJobs } from './job-search.ts'
import { expandFair, indexById } from './views.ts'

const IdParams = Type.Object({ id: Id })

export default async function publicRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
  const snapshot = () => app.stores.content.snapshot()

  app.get(
    '/jobs',
    {
      schema: {
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 100 })),
          category: Type.Optional(Type.Enum(Object.keys(CATEGORIES))),
          township: Type.Optional(Type.String({ maxLength: 40 })),
          tag: Type.Optional(Type.Enum([...Object.keys(TAGS), ...Object.keys(BENEFITS)])),
          near: Type.Optional(
            Type.String({ pattern: '^-?[0-9]{1,2}(\\.[0-9]+)?,-?[0-9]{1,3}(\\.[0-9]+)?$' }),
          ),
          radiusKm: Type.Optional(Type.Number({ minimum: 0.1, maximum: 500 })),
          sort: Type.Optional(Type.Enum(['newest', 'salary', 'distance'])),
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
        }),
      },
    },
    async (request) => {
      const { near, ...rest } = request.query
      const [lat, lng] = near ? near.split(',').map(Number) : []
      if (rest.sort === 'distance' && !near) {
        throw httpError(400, 'sort=distance needs near=lat,lng', [
          { path: 'near', message: 'is required to sort by distance' },
        ])
      }
      const s = snapshot()
      return searchJobs(s.jobs, indexById(s.employers), {
        ...rest,
        ...(near ? { near: { lat: lat!, lng: lng! } } : {}),
      })
    },
  )

  app.get('/jobs/:id', { schema: { params: IdParams } }, async (request) => {
    const s = snapshot()
    const job = s.jobs.find((j) => j.id === request.params.id)
    if (!job)
      throw httpError(404, `There is no open job ${request.params.id}: it may have been filled or withdrawn.`)
    const employer = s.employers.find((e) => e.id === job.employerId)
    return { ...job, ...(employer ? { employer } : {}) }
  })

  app.get('/fairs', async () => {
    const s = snapshot()
    const venues = indexById(s.venues)
    const items = [...s.fairs]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((f) => ({ ...f, ...(f.venueId && venues.get(f.venueId) ? { venue: venues.get(f.venueId) } : {}) }))
    return { items, total: items.length }
  })

  app.get('/fairs/:id', { schema: { params: IdParams } }, async (request) => {
    const s = snapshot()
    const fair = s.fairs.find((f) => f.id === request.params.id)
    if (!fair) throw httpError(404, `There is no upcoming fair ${request.params.id}.`)
    return expandFair(fair, s)
  })

  app.get('/employers/:id', { schema: { params: IdParams } }, async (request) => {
    const s = snapshot()
    const employer = s.employers.find((e) => e.id === request.params.id)
    if (!employer) throw httpError(404, `There is no employer ${request.params.id}.`)
    return { ...employer, jobs: s.jobs.filter((j) => j.employerId === employer.id) }
  })

  app.get('/announcements', async () => {
    const items = [...snapshot().announcements].sort(
      (a, b) =>
        Number(b.pinned ?? false) - Number(a.pinned ?? false) || b.updatedAt.localeCompare(a.updatedAt),
    )
    return { items, total: items.length }
  })

  app.get('/catalog', async () => {
    const s = snapshot()
    const counts = new Map<string, number>()
    for (const job of s.jobs) counts.set(job.category, (counts.get(job.category) ?? 0) + 1)
    const townships = [...new Set([...s.settings.townships, ...s.jobs.map((j) => j.township)])]
    return {
      rev: s.rev,
      settings: s.settings,
      categories: Object.entries(CATEGORIES).map(([key, label]) => ({
        key,
        ...label,
        jobs: counts.get(key) ?? 0,
      })),
      townships,
      tags: Object.entries(TAGS).map(([key, label]) => ({ key, ...label })),
      benefits: Object.entries(BENEFITS).map(([key, label]) => ({ key, ...label })),
      salaryUnits: Object.entries(SALARY_UNITS).map(([key, label]) => ({ key, ...label })),
      education: Object.entries(EDUCATION).map(([key, label]) => ({ key, ...label })),
      fairKinds: Object.entries(FAIR_KINDS).map(([key, label]) => ({ key, ...label })),
      venueKinds: Object.entries(VENUE_KINDS).map(([key, label]) => ({ key, ...label })),
    }
  })
}
