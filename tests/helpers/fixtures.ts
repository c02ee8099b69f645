// Small, known content created through the admin API, for tests that must not depend on the demo.
import type { FastifyInstance } from 'fastify'

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

export function jobBody(employerId: string, overrides: Record<string, unknown> = {}) {
  return {
    employerId,
    title: '普工',
    category: 'manufacturing',
    township: '城关镇',
    salary: { min: 4500, max: 6000, unit: 'month' },
    headcount: 20,
    ageMin: 18,
    ageMax: 55,
    benefits: ['meals', 'housing'],
    tags: ['older-friendly'],
    status: 'published',
    validUntil: inDays(30),
    location: { lat: 27.98, lng: 113.04 },
    ...overrides,
  }
}

export interface Seeded {
  employerId: string
  venueId: string
  jobIds: string[]
  fairId: string
}

async function post(
  app: FastifyInstance,
  cookie: string,
  url: string,
  payload: object,
): Promise<{ id: string }> {
  const res = await app.inject({ method: 'POST', url, headers: { cookie }, payload })
  if (res.statusCode !== 201) throw new Error(`POST ${url}: ${res.statusCode} ${res.body}`)
  return res.json()
}

export async function seed(app: FastifyInstance, cookie: string): Promise<Seeded> {
  const employer = await post(app, cookie, '/api/admin/employers', {
    name: '湘源电子厂',
    township: '城关镇',
    contactOffice: '0731-85600001',
  })
  const venue = await post(app, cookie, '/api/admin/venues', {
    name: '县人社服务大厅',
    kind: 'service-hall',
    township: '城关镇',
    location: { lat: 27.985, lng: 113.046 },
  })
  const jobs = [
    await post(app, cookie, '/api/admin/jobs', jobBody(employer.id, { title: '电子装配普工' })),
    await post(
      app,
      cookie,
      '/api/admin/jobs',
      jobBody(employer.id, {
        title: '搬运零工',
        category: 'gig',
        salary: { min: 200, unit: 'day' },
        township: '白沙镇',
        tags: ['gig'],
        location: { lat: 28.06, lng: 112.95 },
      }),
    ),
    await post(
      app,
      cookie,
      '/api/admin/jobs',
      jobBody(employer.id, {
        title: '仓库管理员',
        category: 'logistics',
        salary: { min: 3800, max: 4500, unit: 'month' },
        tags: [],
      }),
    ),
  ]
  const fair = await post(app, cookie, '/api/admin/fairs', {
    title: '春风行动专场招聘会',
    kind: 'spring-breeze',
    venueId: venue.id,
    startsAt: inDays(-0.1),
    endsAt: inDays(0.2),
    booths: [{ number: 'A01', employerId: employer.id, jobIds: jobs.map((j) => j.id) }],
    sessions: [],
    status: 'published',
  })
  return { employerId: employer.id, venueId: venue.id, jobIds: jobs.map((j) => j.id), fairId: fair.id }
}
